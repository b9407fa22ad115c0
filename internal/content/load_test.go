package content

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

func pngBytes(t testing.TB) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 4, 3))
	img.Set(1, 1, color.White)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const validExhibit = `version: "1"
title: {en: Budapest 1956, hu: Budapest 1956}
languages:
  - {code: en, name: English}
  - {code: hu, name: Magyar}
default_language: en
sections: [before-1956, twelve-days]
`

const validSources = `mti:
  title: Chronology
  publisher: MTI
  url: https://example.org/mti
book:
  title: A Book
  author: Someone
`

const validSection = `title: {en: Before, hu: Előtte}
period: {en: "1945–1956", hu: "1945–1956"}
summary: {en: Summary, hu: Összefoglaló}
image:
  file: images/tile.png
  alt: {en: A tile, hu: Egy csempe}
  credit: {en: Us, hu: Mi}
  licence: CC BY 4.0
`

const validPage = `id: %ID%
date: 1956-10-23
when: {en: 23 October 1956, hu: 1956. október 23.}
title:
  en: The march
  hu: A felvonulás
body:
  en: |
    First paragraph.

    Second paragraph.
  hu: |
    Első bekezdés.
quote:
  text: "A kormány a helyén van."
  lang: hu
  translations:
    en: "The government is in its place."
  translated_by: exhibit
  speaker: {en: Imre Nagy, hu: Nagy Imre}
  when: {en: 4 November 1956, hu: 1956. november 4.}
  certainty: A
  source: book
sources: [mti]
`

func uiYAML() string {
	var b strings.Builder
	for _, k := range UIKeys {
		if f, ok := UIFormats[k]; ok {
			b.WriteString(k + `: {en: "E` + f + `", hu: "H` + f + `"}` + "\n")
			continue
		}
		b.WriteString(k + ": {en: E, hu: H}\n")
	}
	return b.String()
}

func validFS(t testing.TB) fstest.MapFS {
	return fstest.MapFS{
		"exhibit.yaml":                {Data: []byte(validExhibit)},
		"sources.yaml":                {Data: []byte(validSources)},
		"ui.yaml":                     {Data: []byte(uiYAML())},
		"images/tile.png":             {Data: pngBytes(t)},
		"before-1956/section.yaml":    {Data: []byte(validSection)},
		"before-1956/01-a.yaml":       {Data: []byte(strings.Replace(validPage, "%ID%", "page-a", 1))},
		"before-1956/02-b.yaml":       {Data: []byte(strings.Replace(validPage, "%ID%", "page-b", 1))},
		"twelve-days/section.yaml":    {Data: []byte(validSection)},
		"twelve-days/01-c.yaml":       {Data: []byte(strings.Replace(validPage, "%ID%", "page-c", 1))},
		"twelve-days/_draft.yaml":     {Data: []byte("this: [is not even valid")},
		"twelve-days/.hidden.yaml.sw": {Data: []byte("x")},
	}
}

// TestLoad_AFifthChapterNeedsNoCode: sections are data; a curator adds a
// chapter with a folder and a line in exhibit.yaml.
func TestLoad_AFifthChapterNeedsNoCode(t *testing.T) {
	fs := validFS(t)
	fs["exhibit.yaml"].Data = []byte(strings.Replace(validExhibit, "twelve-days]", "twelve-days, epilogue]", 1))
	fs["epilogue/section.yaml"] = &fstest.MapFile{Data: []byte(validSection)}
	fs["epilogue/01-a.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(validPage, "%ID%", "epilogue-a", 1))}
	ex, probs := Load(fs, "content")
	if len(probs) != 0 {
		t.Fatalf("a fifth chapter was refused:\n%s", probs)
	}
	if s := ex.Section("epilogue"); s == nil || len(s.Pages) != 1 || ex.Sections[len(ex.Sections)-1] != s {
		t.Fatalf("the fifth chapter is not the last section with its page: %+v", ex.Sections)
	}
}

func TestLoad_ValidExhibit(t *testing.T) {
	ex, probs := Load(validFS(t), "content")
	if len(probs) != 0 {
		t.Fatalf("unexpected problems:\n%s", probs)
	}
	if got := len(ex.Sections); got != 2 {
		t.Fatalf("sections = %d, want 2", got)
	}
	s := ex.Section("before-1956")
	if len(s.Pages) != 2 || s.Pages[0].ID != "page-a" || s.Pages[1].ID != "page-b" {
		t.Fatalf("pages not in file order: %+v", s.Pages)
	}
	p := s.Pages[0]
	if got := p.Paragraphs("en", "en"); len(got) != 2 || got[1] != "Second paragraph." {
		t.Errorf("paragraphs = %q", got)
	}
	if txt, tr := p.Quote.In("en"); txt != "The government is in its place." || !tr {
		t.Errorf("quote in en = %q, %v", txt, tr)
	}
	if txt, tr := p.Quote.In("hu"); txt != "A kormány a helyén van." || tr {
		t.Errorf("quote in hu = %q, %v", txt, tr)
	}
	if ex.NextLanguage("en") != "hu" || ex.NextLanguage("hu") != "en" {
		t.Error("NextLanguage does not cycle en → hu → en")
	}
	if _, err := ex.ReadFile("images/tile.png"); err != nil {
		t.Errorf("ReadFile: %v", err)
	}
}

// TestLoad_BrokenInputs checks that each kind of mistake a curator can make
// is reported at the right file, line and field, and that nothing panics.
func TestLoad_BrokenInputs(t *testing.T) {
	page := func(id string) string { return strings.Replace(validPage, "%ID%", id, 1) }
	tests := []struct {
		name string
		edit func(fs fstest.MapFS)
		want string // one problem line that must appear, exactly
	}{
		{"missing translation", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "  hu: A felvonulás\n", "", 1))
		}, "content/before-1956/01-a.yaml:5: title.hu: missing translation"},
		{"empty translation", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "hu: A felvonulás", `hu: ""`, 1))
		}, "content/before-1956/01-a.yaml:6: title.hu: empty translation"},
		{"missing image file", func(fs fstest.MapFS) {
			delete(fs, "images/tile.png")
		}, "content/before-1956/section.yaml:5: image.file: missing image file images/tile.png"},
		{"corrupt image", func(fs fstest.MapFS) {
			fs["images/tile.png"].Data = []byte("not a png")
		}, "content/before-1956/section.yaml:5: image.file: image images/tile.png is not a readable PNG or JPEG: image: unknown format"},
		{"section id not a folder name", func(fs fstest.MapFS) {
			fs["exhibit.yaml"].Data = []byte(strings.Replace(validExhibit, "twelve-days]", "twelve-days, Epilogue]", 1))
		}, `content/exhibit.yaml:7: sections: "Epilogue": a section is a folder name of lowercase letters, digits and hyphens`},
		{"section folder not listed", func(fs fstest.MapFS) {
			fs["aftermath/section.yaml"] = &fstest.MapFile{Data: []byte(validSection)}
		}, `content/aftermath/section.yaml:0: -: section folder "aftermath" is not listed in exhibit.yaml sections (unknown section)`},
		{"listed section without folder", func(fs fstest.MapFS) {
			fs["exhibit.yaml"].Data = []byte(strings.Replace(validExhibit, "twelve-days]", "twelve-days, crushing]", 1))
		}, `content/exhibit.yaml:0: sections: section "crushing" has no folder crushing/`},
		{"duplicate id", func(fs fstest.MapFS) {
			fs["twelve-days/01-c.yaml"].Data = []byte(page("page-a"))
		}, `content/twelve-days/01-c.yaml:1: id: duplicate id "page-a" (also in content/before-1956/01-a.yaml)`},
		{"page without sources", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "sources: [mti]\n", "", 1))
		}, "content/before-1956/01-a.yaml:1: sources: page without sources: every page needs at least one key of sources.yaml"},
		{"empty sources list", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "sources: [mti]", "sources: []", 1))
		}, "content/before-1956/01-a.yaml:24: sources: page without sources: every page needs at least one key of sources.yaml"},
		{"unknown source key", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "sources: [mti]", "sources: [mti, nowhere]", 1))
		}, `content/before-1956/01-a.yaml:24: sources: unknown source "nowhere" (not in sources.yaml)`},
		{"malformed yaml", func(fs fstest.MapFS) {
			fs["before-1956/02-b.yaml"].Data = []byte("id: x\ntitle: [unclosed\nbody: y\n")
		}, "content/before-1956/02-b.yaml:2: -: malformed YAML: did not find expected ',' or ']'"},
		{"tab indentation", func(fs fstest.MapFS) {
			fs["before-1956/02-b.yaml"].Data = []byte("id: x\ntitle:\n\ten: y\n")
		}, "content/before-1956/02-b.yaml:3: -: malformed YAML: found character that cannot start any token"},
		{"unclosed mapping", func(fs fstest.MapFS) {
			fs["before-1956/02-b.yaml"].Data = []byte("id: x\nbody: y\ntitle: {en: a,\n")
		}, "content/before-1956/02-b.yaml:3: -: malformed YAML: did not find expected node content"},
		{"empty file", func(fs fstest.MapFS) {
			fs["before-1956/02-b.yaml"].Data = nil
		}, "content/before-1956/02-b.yaml:1: -: file is empty"},
		{"not a mapping", func(fs fstest.MapFS) {
			fs["before-1956/02-b.yaml"].Data = []byte("- a list\n- not a page\n")
		}, "content/before-1956/02-b.yaml:1: -: expected a mapping of keys to values, found a list"},
		{"unknown field (typo)", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "title:", "tittle:", 1))
		}, "content/before-1956/01-a.yaml:4: tittle: unknown field"},
		{"text instead of translations", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "when: {en: 23 October 1956, hu: 1956. október 23.}", "when: 23 October", 1))
		}, `content/before-1956/01-a.yaml:3: when: expected one text per language (en, hu), found the value "23 October"`},
		{"language not listed", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "  hu: A felvonulás\n", "  hu: A felvonulás\n  de: Der Marsch\n", 1))
		}, "content/before-1956/01-a.yaml:7: title.de: language not listed in exhibit.yaml"},
		{"quote without translation", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "    en: \"The government is in its place.\"\n", "    fr: \"x\"\n", 1))
		}, "content/before-1956/01-a.yaml:18: quote.translations.en: missing translation"},
		{"quote unknown source", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "source: book", "source: nobook", 1))
		}, `content/before-1956/01-a.yaml:23: quote.source: unknown source "nobook" (not in sources.yaml)`},
		{"bad certainty", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "certainty: A", "certainty: sure", 1))
		}, `content/before-1956/01-a.yaml:22: quote.certainty: "sure": use A (verbatim), B (variants exist) or C (later retelling)`},
		{"bad date", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(strings.Replace(page("page-a"), "date: 1956-10-23", "date: 23/10/1956", 1))
		}, `content/before-1956/01-a.yaml:2: date: "23/10/1956": use YYYY, YYYY-MM or YYYY-MM-DD`},
		{"bad id", func(fs fstest.MapFS) {
			fs["before-1956/01-a.yaml"].Data = []byte(page("Page A"))
		}, `content/before-1956/01-a.yaml:1: id: "Page A": use lowercase letters, digits and hyphens`},
		{"missing ui label", func(fs fstest.MapFS) {
			fs["ui.yaml"].Data = []byte(strings.Replace(uiYAML(), "next: {en: E, hu: H}\n", "", 1))
		}, "content/ui.yaml:1: next: missing (needs a text for each language: en, hu)"},
		{"label with wrong placeholders", func(fs fstest.MapFS) {
			fs["ui.yaml"].Data = []byte(strings.Replace(uiYAML(), `page_of: {en: "E%d%d", hu: "H%d%d"}`, `page_of: {en: "Page %d of %d", hu: "%d oldal"}`, 1))
		}, `content/ui.yaml:6: page_of: hu text has placeholders "%d", needs "%d%d" in this order`},
		{"source without locator", func(fs fstest.MapFS) {
			fs["sources.yaml"].Data = []byte(validSources + "bare:\n  title: Only a title\n")
		}, "content/sources.yaml:8: bare: needs at least one of author, publisher or url, so a visitor can find it"},
		{"a source's title in one language of two", func(fs fstest.MapFS) {
			fs["sources.yaml"].Data = []byte(validSources + "desc:\n  title: {en: \"[An article]\"}\n  publisher: P\n")
		}, "content/sources.yaml:9: desc.title.hu: missing translation"},
		{"a source's publisher in one language of two", func(fs fstest.MapFS) {
			fs["sources.yaml"].Data = []byte(validSources + "desc:\n  title: T\n  publisher: {en: \"P (gloss)\"}\n")
		}, "content/sources.yaml:10: desc.publisher.hu: missing translation"},
		{"missing sources.yaml", func(fs fstest.MapFS) {
			delete(fs, "sources.yaml")
		}, "content/sources.yaml:0: -: file is missing"},
		{"default language not listed", func(fs fstest.MapFS) {
			fs["exhibit.yaml"].Data = []byte(strings.Replace(validExhibit, "default_language: en", "default_language: de", 1))
		}, `content/exhibit.yaml:6: default_language: "de" is not one of the listed languages`},
		{"non-yaml file in section", func(fs fstest.MapFS) {
			fs["before-1956/notes.txt"] = &fstest.MapFile{Data: []byte("x")}
		}, "content/before-1956/notes.txt:0: -: not a .yaml page file; ignored"},
		{"missing exhibit.yaml", func(fs fstest.MapFS) {
			delete(fs, "exhibit.yaml")
		}, "content/exhibit.yaml:0: -: file is missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := validFS(t)
			tt.edit(fs)
			_, probs := Load(fs, "content")
			var lines []string
			for _, p := range probs {
				lines = append(lines, p.String())
			}
			for _, l := range lines {
				if l == tt.want {
					return
				}
			}
			t.Errorf("want problem\n  %s\ngot\n  %s", tt.want, strings.Join(lines, "\n  "))
		})
	}
}

func TestLoad_KeepsValidPagesBesideBrokenOnes(t *testing.T) {
	fs := validFS(t)
	fs["before-1956/02-b.yaml"].Data = []byte("id: [broken")
	ex, probs := Load(fs, "content")
	if len(probs) == 0 {
		t.Fatal("want a problem for the broken page")
	}
	if got := len(ex.Section("before-1956").Pages); got != 1 {
		t.Errorf("before-1956 has %d pages, want the 1 valid one", got)
	}
}

func TestLoad_AddingALanguageIsContentOnly(t *testing.T) {
	fs := validFS(t)
	fs["exhibit.yaml"].Data = []byte(strings.Replace(validExhibit, "  - {code: hu, name: Magyar}\n", "  - {code: hu, name: Magyar}\n  - {code: de, name: Deutsch}\n", 1))
	_, probs := Load(fs, "content")
	var missingDE int
	for _, p := range probs {
		if strings.HasSuffix(p.Field, ".de") && p.Message == "missing translation" {
			missingDE++
		}
	}
	if missingDE == 0 {
		t.Fatalf("adding de should report each missing German text, got:\n%s", probs)
	}
	// Provide every German text the validator asked for: the exhibit becomes valid.
	withDE := map[string]string{}
	for _, name := range []string{"before-1956/01-a.yaml", "before-1956/02-b.yaml", "twelve-days/01-c.yaml", "before-1956/section.yaml", "twelve-days/section.yaml", "exhibit.yaml", "ui.yaml"} {
		withDE[name] = addGerman(string(fs[name].Data))
	}
	for name, data := range withDE {
		fs[name].Data = []byte(data)
	}
	ex, probs := Load(fs, "content")
	if len(probs) != 0 {
		t.Fatalf("with German texts added, want no problems, got:\n%s", probs)
	}
	if ex.NextLanguage("hu") != "de" {
		t.Error("German is not offered after Hungarian")
	}
}

// addGerman copies every hu: entry to a de: entry, as a translator would.
func addGerman(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		out = append(out, line)
		trim := strings.TrimLeft(line, " ")
		if strings.HasPrefix(trim, "hu: ") && !strings.HasPrefix(trim, "hu: |") {
			out = append(out, line[:len(line)-len(trim)]+"de: "+strings.TrimPrefix(trim, "hu: "))
		}
	}
	s = strings.Join(out, "\n")
	s = strings.ReplaceAll(s, ", hu: H}", ", hu: H, de: D}")
	s = regexp.MustCompile(`hu: "H([^"]*)"}`).ReplaceAllString(s, `hu: "H$1", de: "D$1"}`)
	s = strings.ReplaceAll(s, "hu: |\n    Első bekezdés.\n", "hu: |\n    Első bekezdés.\n  de: |\n    Erster Absatz.\n")
	for _, r := range []struct{ from, to string }{
		{"hu: Előtte}", "hu: Előtte, de: Davor}"}, {`hu: "1945–1956"}`, `hu: "1945–1956", de: "1945–1956"}`},
		{"hu: Összefoglaló}", "hu: Összefoglaló, de: Zusammenfassung}"}, {"hu: Egy csempe}", "hu: Egy csempe, de: Eine Kachel}"},
		{"hu: Mi}", "hu: Mi, de: Wir}"}, {"hu: 1956. október 23.}", "hu: 1956. október 23., de: 23. Oktober 1956}"},
		{"hu: Nagy Imre}", "hu: Nagy Imre, de: Imre Nagy}"}, {"hu: 1956. november 4.}", "hu: 1956. november 4., de: 4. November 1956}"},
		{"hu: Budapest 1956}", "hu: Budapest 1956, de: Budapest 1956}"},
		{`    en: "The government is in its place."`, "    en: \"The government is in its place.\"\n    de: \"Die Regierung ist auf ihrem Platz.\""},
	} {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	return s
}

func FuzzLoad(f *testing.F) {
	f.Add([]byte(strings.Replace(validPage, "%ID%", "x", 1)), []byte(validExhibit))
	f.Add([]byte("id: [x"), []byte("languages: 3"))
	f.Add([]byte("quote: {translations: {en: 1}}"), []byte("sections: {a: b}"))
	f.Add([]byte("&a [*a]"), []byte("languages: [{code: en}]"))
	f.Fuzz(func(t *testing.T, pageData, exhibitData []byte) {
		fs := validFS(t)
		fs["before-1956/01-a.yaml"].Data = pageData
		fs["exhibit.yaml"].Data = exhibitData
		ex, probs := Load(fs, "content") // must not panic
		for _, p := range probs {
			if p.File == "" || p.Message == "" {
				t.Fatalf("problem without file or message: %#v", p)
			}
		}
		if ex != nil && len(ex.Languages) == 0 {
			t.Fatal("exhibit returned without languages")
		}
	})
}

func TestLoad_ImageLabels(t *testing.T) {
	fs := validFS(t)
	fs["before-1956/section.yaml"].Data = []byte(strings.Replace(validSection, "  licence: CC BY 4.0\n",
		"  licence: CC BY 4.0\n  labels:\n    - {x: 0.5, y: 0.25, text: {en: Budapest, hu: Budapest}}\n    - {x: 1.5, y: 0.1, text: {en: Vienna, hu: Bécs}}\n", 1))
	ex, probs := Load(fs, "content")
	if len(probs) != 1 || probs[0].String() != `content/before-1956/section.yaml:11: image.labels[1].x: "1.5": want a number from 0 to 1 (a share of the image's size)` {
		t.Fatalf("problems:\n%s", probs)
	}
	if l := ex.Section("before-1956").Image.Labels; len(l) != 2 || l[0].X != 0.5 || l[0].Text["hu"] != "Budapest" {
		t.Fatalf("labels: %+v", l)
	}
}

// TestValidate_DecodesEveryImage: an image whose header is fine but whose
// data is cut short passes Load (headers only, for a quick start) and is
// reported by Validate, naming the file.
func TestValidate_DecodesEveryImage(t *testing.T) {
	fs := validFS(t)
	full := fs["images/tile.png"].Data
	if _, probs := Validate(fs, "content"); len(probs) > 0 {
		t.Fatalf("the valid folder has problems: %v", probs)
	}
	fs["images/tile.png"].Data = full[:len(full)-20] // IDAT cut, IEND gone
	if _, probs := Load(fs, "content"); len(probs) > 0 {
		t.Fatalf("Load decodes images whole (it should read headers only): %v", probs)
	}
	_, probs := Validate(fs, "content")
	found := false
	for _, p := range probs {
		found = found || strings.HasPrefix(p.String(), "content/images/tile.png:0: -: the image cannot be decoded")
	}
	if !found {
		t.Errorf("a cut-short image is not reported with its file: %v", probs)
	}
}
