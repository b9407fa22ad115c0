#!/usr/bin/env bash
# Intelligibility benchmark for the English broadcast narrations (not a CI gate).
#
# For each content/audio/ID.en.ogg: decode to 16 kHz mono WAV with sox, recognise it with
# the offline recognizer pocketsphinx (US English model), and compute the word error rate
# (WER = (substitutions + deletions + insertions) / reference words) against
#   - "spoken": the text the voice was given (caption, or its spoken: form where one is set:
#     names respelled for the voice, numbers written out) - the main figure;
#   - "caption": the caption text as shown on screen (digits and Hungarian names count as
#     errors whenever the recognizer writes them differently).
# Both are lower-cased and stripped of punctuation first; hyphens split words; a few spelling
# variants are unified (British/US spelling, compounds written solid or apart) so that only
# differences in the words heard count.
# "oov" counts reference words the recognizer's dictionary does not contain: it can never
# get those right, so they are a floor under the WER.
#
# Needs: sox, go, and pocketsphinx + pocketsphinx-en-us (Debian 12: pocketsphinx_continuous;
# newer pocketsphinx releases: `pocketsphinx single FILE`).
#   bench/intelligibility.sh        table
#   bench/intelligibility.sh -v     also print each recognizer transcript
#   bench/intelligibility.sh DIR    use DIR instead of content/ (e.g. a copy made to try a voice)
set -euo pipefail
export LC_ALL=C
cd "$(dirname "$0")/.."

verbose=0
[ "${1:-}" = "-v" ] && { verbose=1; shift; }
content=${1:-content}   # a content folder; its audio/ holds the narrations

for bin in sox go; do
  command -v "$bin" >/dev/null || { echo "missing $bin" >&2; exit 2; }
done
if command -v pocketsphinx_continuous >/dev/null; then
  recognise() { pocketsphinx_continuous -infile "$1" -logfn /dev/null 2>/dev/null | tr '\n' ' '; }
elif command -v pocketsphinx >/dev/null; then
  recognise() { pocketsphinx single "$1" 2>/dev/null | sed -n 's/.*"t": *"\([^"]*\)".*/\1/p' | tr '\n' ' '; }
else
  echo "missing pocketsphinx: sudo apt-get install pocketsphinx pocketsphinx-en-us" >&2
  exit 2
fi
dict=""
for d in /usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict /usr/local/share/pocketsphinx/model/en-us/cmudict-en-us.dict; do
  [ -f "$d" ] && dict=$d && break
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./tools/narrate -content "$content" -ref en >"$tmp/spoken.tsv"
go run ./tools/narrate -content "$content" -ref en -caption >"$tmp/caption.tsv"
if [ -n "$dict" ]; then
  sed 's/(.*//; s/ .*//' "$dict" >"$tmp/dict.txt"
else
  : >"$tmp/dict.txt"
fi

# wer.awk: reads "ref<TAB>hyp" lines, prints "errors words".
cat >"$tmp/wer.awk" <<'AWK'
function norm(s) {
  s = tolower(s)
  # British spellings: the recognizer writes the US ones (same pronunciation).
  gsub(/civilised/, "civilized", s); gsub(/honoured/, "honored", s)
  gsub(/neighbours/, "neighbors", s)
  gsub(/[-–—]/, " ", s)
  gsub(/[^a-z0-9' ]/, " ", s)
  gsub(/(^| )'+|'+( |$)/, " ", s)
  # Compounds the recognizer's dictionary writes solid (same words, same sounds).
  gsub(/counter revolution/, "counterrevolution", s); gsub(/watch tower/, "watchtower", s)
  return s
}
BEGIN { FS = "\t" }
{
  n = split(norm($1), r, " "); m = split(norm($2), h, " ")
  for (i = 0; i <= n; i++) d[i, 0] = i
  for (j = 0; j <= m; j++) d[0, j] = j
  for (i = 1; i <= n; i++)
    for (j = 1; j <= m; j++) {
      c = d[i-1, j-1] + (r[i] != h[j])
      if (d[i-1, j] + 1 < c) c = d[i-1, j] + 1
      if (d[i, j-1] + 1 < c) c = d[i, j-1] + 1
      d[i, j] = c
    }
  print d[n, m], n
}
AWK

printf '%-28s %6s %6s %8s %8s %4s\n' broadcast words errors "WER" "caption" oov
printf '%-28s %6s %6s %8s %8s %4s\n' ---------------------------- ------ ------ -------- -------- ----
tw=0; te=0; tcw=0; tce=0
while IFS=$'\t' read -r id spoken; do
  ogg="$content/audio/$id.en.ogg"
  [ -f "$ogg" ] || { echo "$id: no $ogg" >&2; continue; }
  # The narration ends right after its last word; add the silence a listener would hear.
  # -R: sox's dither is otherwise random, and the recognizer's result varies with it.
  sox -R "$ogg" -r 16000 -b 16 -c 1 "$tmp/$id.wav" pad 0.5 0.5
  hyp=$(recognise "$tmp/$id.wav")
  caption=$(awk -F'\t' -v id="$id" '$1 == id { print $2 }' "$tmp/caption.tsv")
  read -r e w < <(printf '%s\t%s\n' "$spoken" "$hyp" | awk -f "$tmp/wer.awk")
  read -r ce cw < <(printf '%s\t%s\n' "$caption" "$hyp" | awk -f "$tmp/wer.awk")
  oov=0
  if [ -s "$tmp/dict.txt" ]; then
    oov=$(printf '%s\n' "$spoken" | tr 'A-Z' 'a-z' | tr -- '-–—' '   ' | tr -c "a-z0-9'\n" ' ' | tr ' ' '\n' |
      sed "s/^'*//; s/'*$//" | grep -v '^$' | awk 'NR == FNR { d[$1] = 1; next } !($1 in d)' "$tmp/dict.txt" - | wc -l)
  fi
  printf '%-28s %6d %6d %7.1f%% %7.1f%% %4d\n' "$id" "$w" "$e" "$(awk -v e="$e" -v w="$w" 'BEGIN{print 100*e/w}')" \
    "$(awk -v e="$ce" -v w="$cw" 'BEGIN{print 100*e/w}')" "$oov"
  [ "$verbose" = 1 ] && printf '    heard: %s\n' "$hyp"
  tw=$((tw + w)); te=$((te + e)); tcw=$((tcw + cw)); tce=$((tce + ce))
done <"$tmp/spoken.tsv"
printf '%-28s %6d %6d %7.1f%% %7.1f%%\n' "all" "$tw" "$te" "$(awk -v e="$te" -v w="$tw" 'BEGIN{print 100*e/w}')" \
  "$(awk -v e="$tce" -v w="$tcw" 'BEGIN{print 100*e/w}')"
