# Budapest 1956 — build, run, test and package.
# `make run` and `make test` install what they need (Debian packages) first.

GO      ?= go
TAGS    := migrated_fynedo,no_emoji
BIN     := build/budapest1956
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Build: Fyne (GLFW for X11 and Wayland) and oto/v2 (ALSA) need cgo and these headers.
BUILD_DEBS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev libwayland-dev \
	libxkbcommon-dev libasound2-dev
# End-to-end tests: a virtual X server, Mesa's software GL, input and screenshots;
# Chromium for the web edition's test; the voices and audio tools the narration
# check uses.
NARRATION_DEBS := flite espeak-ng sox vorbis-tools
# Audio mode speaks live with the narration's voices (internal/speech,
# docs/audio-mode.md): `make run` installs them; `make test` has them above.
RUN_DEBS := flite espeak-ng
# The fleet test (e2e/fleet_test.go): node_exporter serving the metrics file,
# promtool (package prometheus) checking it and the alert rules, lintian on
# the .deb, msiinfo on the .msi, ansible-playbook on deploy/ansible. On a
# machine run by systemd, Debian starts node_exporter (:9100) and Prometheus
# (:9090) as services when it installs them; the test needs neither
# (`systemctl disable --now prometheus prometheus-node-exporter`).
FLEET_DEBS := prometheus-node-exporter prometheus lintian msitools ansible-core
TEST_DEBS := xvfb libgl1-mesa-dri xdotool imagemagick xauth chromium $(NARRATION_DEBS) $(FLEET_DEBS)
# Packaging: wixl builds the .msi, ImageMagick its icon; nfpm (pinned) the .deb.
PACKAGE_DEBS := wixl msitools imagemagick
NFPM := github.com/goreleaser/nfpm/v2/cmd/nfpm@v2.48.0
FYNE_CLI := fyne.io/tools/cmd/fyne@v1.7.4

.PHONY: run build test unit e2e vet deps test-deps go-check package package-linux package-windows package-deb package-msi package-deps package-test validate screenshots generated narration images bench clean

run: build run-deps
	$(BIN) $(ARGS)

.PHONY: run-deps
run-deps:
	@missing=$$(for p in $(RUN_DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

VERSION := $(shell sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)

build: deps go-check
	$(GO) build -tags $(TAGS) -ldflags "-X main.version=$(VERSION)" -o $(BIN) .

test: deps test-deps go-check vet unit generated e2e

# The committed narrations must be what the generator makes now (the images are
# checked the same way by tools/imagegen's tests).
generated:
	$(GO) run ./tools/narrate -check

# Regenerate the broadcast narrations (content/audio) from content/broadcasts.
narration:
	@missing=$$(for p in $(NARRATION_DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
	$(GO) run ./tools/narrate

# Redraw the illustrations and the icon.
images:
	$(GO) run ./tools/imagegen -out content/images -icon assets/icon.png

# Performance: see bench/README.md and docs/performance.md.
bench: build test-deps
	bash bench/run.sh

vet:
	@test -z "$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))" || { echo "gofmt needed:"; gofmt -l .; exit 1; }
	$(GO) vet -tags $(TAGS) ./...

# Every package under the race detector (-short skips the screens' one-goroutine
# layout sweeps and shortens the monkey test), then those sweeps without it.
SWEEPS := 'LargeTextFitsWithoutClipping|NoTextCutShort|DoesNotGrowHeap|TextFitsEveryView|AreAtLeastMinTouch|TestMonkey$$|EveryControlHasASpokenName|KeysAloneWalkEveryPage|ShowsOnItsPage|TestSources_|CounterKeepsItsRoom|MinSizeIsWhatLayoutUses'
unit:
	$(GO) run -tags $(TAGS) . validate
	WEB_CHROMIUM=1 $(GO) test -race -short -timeout 40m -tags $(TAGS) ./...
	$(GO) test -tags $(TAGS) -count=1 -run $(SWEEPS) ./screens/

e2e: build
	E2E=1 $(GO) test -tags $(TAGS) -count=1 -timeout 40m -v ./e2e/

# Refreshes the README's screenshots: the real app under Xvfb for what a
# finger reaches, the software renderer for staff-only and comfort modes.
screenshots: build test-deps
	E2E=1 $(GO) test -tags $(TAGS) -count=1 -run 'EverySection|Kiosk_Attract|Comfort' ./e2e/
	mkdir -p docs/screenshots build/docshots
	DOCS_SCREENSHOTS=$(CURDIR)/build/docshots $(GO) test -tags $(TAGS) -count=1 -run Docs ./screens/
	for f in build/e2e/home-*.png build/e2e/before-1956-*.png build/e2e/twelve-days-*.png \
	  build/e2e/crushing-*.png build/e2e/aftermath-*.png build/e2e/kiosk-*.png build/e2e/mode-*-xvfb.png build/docshots/*.png $$(ls build/e2e/radio-*-playing.png 2>/dev/null); do \
	  convert "$$f" -resize 50% "docs/screenshots/$$(basename $$f)"; done

validate:
	$(GO) run -tags $(TAGS) . validate $(DIR)

# Installs only what is missing, so repeated runs cost nothing.
deps:
	@missing=$$(for p in $(BUILD_DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

test-deps:
	@missing=$$(for p in $(TEST_DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

go-check:
	@command -v $(GO) >/dev/null || { echo "Go 1.24 or newer is needed: https://go.dev/dl/ (Debian's golang package is too old)"; exit 1; }
	@$(GO) list -m github.com/ebitengine/purego | grep -q ' v0.4.1$$' || { echo "purego must stay at v0.4.1 (oto/v2 breaks on macOS past it)"; exit 1; }

# Linux bundle (tar.xz with binary, .desktop file and icon) and a Windows
# .exe cross-compiled with mingw-w64, both by `fyne package`; a .deb (nfpm)
# and a Windows .msi (wixl) around them. `fyne package` bumps Build in
# FyneApp.toml on every run; restore it so the tree stays clean.
package: package-linux package-windows package-deb package-msi

DEB := build/budapest1956_$(VERSION)_amd64.deb
MSI := build/budapest1956-$(VERSION)-x64.msi
# The units and scripts of deploy/ point at /usr/local (a hand install,
# docs/kiosk.md); in the .deb they live under /usr.
DEB_UNITS := budapest1956.service budapest1956-watchdog.service budapest1956-watchdog.timer \
	budapest1956-screen-off.service budapest1956-screen-off.timer budapest1956-wake.service \
	budapest1956-wake.timer cage-kiosk.sh heartbeat-watchdog.sh screen-power.sh

package-deps:
	@missing=$$(for p in $(PACKAGE_DEBS); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then echo "installing: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

# The .deb: binary (stripped, position-independent: Debian's policy),
# desktop file, icon, the kiosk units (installed, not enabled), scripts, docs. nfpm comes from the Go module proxy at the
# pinned version (go run caches the build).
package-deb: deps go-check
	rm -rf build/deb && mkdir -p build/deb/doc
	$(GO) build -tags $(TAGS) -trimpath -buildmode=pie -ldflags "-s -w -X main.version=$(VERSION)" -o build/deb/budapest1956 .
	for f in $(DEB_UNITS); do sed 's#/usr/local/#/usr/#g' deploy/$$f > build/deb/$$f; done
	for f in kiosk fleet; do sed 's#/usr/local/#/usr/#g' docs/$$f.md > build/deb/doc/$$f.md; done
	{ printf 'budapest1956 (%s) unstable; urgency=medium\n\n  * Release %s; see README.md for what it holds.\n\n -- Budapest 1956 project <maintainers@budapest1956.example>  %s\n' \
	  "$(VERSION)" "$(VERSION)" "$$(LC_ALL=C date -R -u -d @$$(git log -1 --format=%ct 2>/dev/null || date +%s))"; } | gzip -9n > build/deb/changelog.gz
	VERSION=$(VERSION) $(GO) run $(NFPM) package --config packaging/nfpm.yaml --packager deb --target $(DEB)
	@ls -l $(DEB)

# The packages, then their tests: the .deb installed with dpkg (root) and
# checked by lintian, the .msi read by msiinfo (e2e/fleet_test.go; make e2e
# skips them while the packages are not built).
package-test: package test-deps
	E2E=1 $(GO) test -tags $(TAGS) -count=1 -v -run 'Fleet_(Deb|Msi)' ./e2e/

# The .msi: per-machine, Start menu shortcut, uninstall entry, fixed
# UpgradeCode (packaging/windows/budapest1956.wxs). Needs the .exe.
package-msi: package-deps
	@test -f build/Budapest_1956.exe || test -f "build/Budapest 1956.exe" || $(MAKE) package-windows
	mkdir -p build/msi
	if [ -f "build/Budapest 1956.exe" ]; then cp "build/Budapest 1956.exe" build/msi/budapest1956.exe; else cp build/Budapest_1956.exe build/msi/budapest1956.exe; fi
	convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 build/msi/budapest1956.ico
	wixl -a x64 -D Version=$(VERSION) -D Exe=build/msi/budapest1956.exe -D Icon=build/msi/budapest1956.ico \
	  -o $(MSI) packaging/windows/budapest1956.wxs
	@ls -l $(MSI)

# The Windows build carries Fyne's accessibility bridge (Narrator, NVDA: docs/audio-mode.md).
package-windows: deps go-check
	@dpkg-query -W -f='$${Status}' gcc-mingw-w64-x86-64 2>/dev/null | grep -q 'ok installed' || \
	  { $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq gcc-mingw-w64-x86-64; }
	$(GO) install $(FYNE_CLI)
	mkdir -p build && cp FyneApp.toml build/FyneApp.toml.keep
	PATH="$$($(GO) env GOPATH)/bin:$$PATH" CC=x86_64-w64-mingw32-gcc CGO_ENABLED=1 fyne package -os windows --release --tags $(TAGS),accessibility; status=$$?; \
	cp build/FyneApp.toml.keep FyneApp.toml; rm -f fyne_metadata_init.go; \
	mv -f "Budapest 1956.exe" Budapest_1956.exe build/ 2>/dev/null; \
	exit $$status

package-linux: deps go-check
	$(GO) install $(FYNE_CLI)
	cp FyneApp.toml build/FyneApp.toml.keep 2>/dev/null || { mkdir -p build && cp FyneApp.toml build/FyneApp.toml.keep; }
	PATH="$$($(GO) env GOPATH)/bin:$$PATH" fyne package -os linux --release --tags $(TAGS); status=$$?; \
	cp build/FyneApp.toml.keep FyneApp.toml; \
	mkdir -p build && mv -f Budapest_1956.tar.xz "Budapest 1956.tar.xz" build/ 2>/dev/null; \
	exit $$status

clean:
	rm -rf build
