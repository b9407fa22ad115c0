package speech

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// part is one piece of an utterance, synthesised by one engine call and cached
// on its own: a sentence, or the first clause of a long first sentence.
type part struct {
	text string
	// endsSentence: a sentence pause follows; otherwise a shorter clause pause.
	endsSentence bool
}

// quoteStrip removes typographic quotation marks (a listener hears no quotes;
// the engines either drop them or read them out). An apostrophe inside a word
// (’ in “Stalin’s”) becomes the ASCII one both engines read as part of the word.
var quoteStrip = strings.NewReplacer(
	"„", "", "“", "", "”", "", "»", "", "«", "", "‟", "", "\"", "",
	"‘", "'", "’", "'", "\u00a0", " ", "\u202f", " ", "\u2009", " ",
)

// numRange is a numeric range with an en dash (“23–24 October”, “1945–1956”).
var numRange = regexp.MustCompile(`(\d)\s*–\s*(\d)`)

// normalise prepares text for speech in lang. It changes no words, except that an
// English numeric range “23–24” is read “23 to 24”, and a Hungarian date's day
// gets its spoken ending where espeak-ng would read a cardinal (huDayAtEnd).
// Other Hungarian ranges are not made “23-tól 24-ig”: that needs the vowel
// harmony of the spoken form, which differs between cardinals and the ordinals
// of dates (“2-től”, but “október 2-ától”).
func normalise(lang, text string) string {
	text = quoteStrip.Replace(text)
	switch lang {
	case "en":
		text = numRange.ReplaceAllString(text, "$1 to $2")
	case "hu":
		text = huDayAtEnd(text)
	}
	// A dash between words is a pause: a comma, which both engines honour.
	text = strings.NewReplacer(" – ", ", ", " — ", ", ", "—", ", ").Replace(text)
	return text
}

var blankLine = regexp.MustCompile(`\n\s*\n`)

// huDay is a Hungarian date's month and day with its full stop: “október 23.”,
// “október 23–24.”.
var huDay = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(január|február|március|április|május|június|július|augusztus|szeptember|október|november|december) (\d{1,2})(?:–(\d{1,2}))?\.`)

// huDayAtEnd spells the possessive ending of a day that ends a sentence:
// “október 23.” → “október 23-a.”. espeak-ng reads the day as an ordinal
// (“huszonharmadika”) when a small word or a comma follows it, but as a
// cardinal (“huszonhárom”) at the end of a sentence, where a Hungarian says
// “huszonharmadika”. A range gets both endings wherever it stands
// (“október 23–24. között” → “23-a–24-e. között”): espeak-ng reads its first
// day as a cardinal.
func huDayAtEnd(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range huDay.FindAllStringSubmatchIndex(text, -1) {
		end := m[1]
		rest := text[end:]
		next, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
		atEnd := strings.TrimSpace(rest) == "" || (strings.HasPrefix(rest, " ") && unicode.IsUpper(next))
		if !atEnd && m[6] < 0 {
			continue // inside a sentence espeak-ng reads a single day right; a range never
		}
		b.WriteString(text[last:m[4]])
		b.WriteString(huDayOrdinal(text[m[4]:m[5]]))
		if m[6] >= 0 {
			b.WriteString("–" + huDayOrdinal(text[m[6]:m[7]]))
		}
		b.WriteString(".")
		last = end
	}
	b.WriteString(text[last:])
	return b.String()
}

// huDayOrdinal is a day number with its possessive ending, in the vowel
// harmony of the ordinal (“második” → 2-a, “tizenkettedik” → 12-e); the first
// is a word, as espeak-ng reads “1-je” as “elsejeje”.
func huDayOrdinal(day string) string {
	n, _ := strconv.Atoi(day)
	switch {
	case n == 1:
		return "elseje"
	case n == 2 || n == 20 || n == 30:
		return day + "-a"
	case n == 10 || n%10 == 1 || n%10 == 2:
		return day + "-e"
	}
	return day + "-" + map[int]string{3: "a", 4: "e", 5: "e", 6: "a", 7: "e", 8: "a", 9: "e", 0: "e"}[n%10]
}

// abbreviations end with a full stop that does not end a sentence, even before
// a capital letter (lower case, without the stop).
var abbreviations = map[string]map[string]bool{
	"en": {"mr": true, "mrs": true, "dr": true, "st": true, "gen": true, "col": true, "lt": true,
		"capt": true, "maj": true, "no": true, "vs": true, "prof": true},
	"hu": {"dr": true, "id": true, "ifj": true, "özv": true, "stb": true, "kb": true, "pl": true,
		"ill": true, "ún": true, "ld": true, "gen": true, "alezr": true, "ezr": true},
}

// splitSentences splits normalised text into sentences. A sentence ends at . ! ?
// or … (with any closing brackets or quotes) followed by a space and then a
// capital letter, a digit or an opening bracket — or at a blank line. So a
// Hungarian ordinal (“1956. október 23-án”, “II. világháború”) and an
// abbreviation followed by a small letter (“9:30 p.m. workers”) stay inside
// their sentence.
func splitSentences(lang, text string) []string {
	var out []string
	for _, para := range blankLine.Split(text, -1) {
		para = strings.Join(strings.Fields(para), " ")
		start := 0
		for i := 0; i < len(para); {
			r, size := utf8.DecodeRuneInString(para[i:])
			i += size
			if r != '.' && r != '!' && r != '?' && r != '…' {
				continue
			}
			end := i
			for end < len(para) {
				c, n := utf8.DecodeRuneInString(para[end:])
				if !strings.ContainsRune(".!?…)]'", c) {
					break
				}
				end += n
			}
			if end >= len(para) || para[end] != ' ' {
				continue
			}
			next, _ := utf8.DecodeRuneInString(para[end+1:])
			if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '(' || next == '[') {
				continue
			}
			if r == '.' && isAbbreviation(lang, para[start:i-1]) {
				continue
			}
			if r == '.' && lang == "hu" && endsInDigit(para[start:i-1]) && unicode.IsDigit(next) {
				continue // “1956. 10. 23.”: a numeric date
			}
			out = append(out, strings.TrimSpace(para[start:end]))
			start = end + 1
			i = start
		}
		if s := strings.TrimSpace(para[start:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func isAbbreviation(lang, before string) bool {
	f := strings.Fields(before)
	if len(f) == 0 {
		return false
	}
	w := strings.ToLower(strings.TrimLeft(f[len(f)-1], "(["))
	return abbreviations[lang][w]
}

func endsInDigit(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsDigit(r)
}

// firstClauseWords: a first sentence longer than this many words is split at
// its first clause boundary (a comma, semicolon or colon) that leaves at least
// minClauseWords on both sides, so the first sound comes sooner: flite takes
// about 7 ms a word on this machine before it outputs anything
// (docs/performance.md, "Speech").
const (
	firstClauseWords = 10
	minClauseWords   = 3
)

// splitParts turns text into the parts Speak synthesises one by one.
func splitParts(lang, text string) []part {
	sentences := splitSentences(lang, normalise(lang, text))
	var parts []part
	for i, s := range sentences {
		if i == 0 {
			if a, b, ok := firstClause(s); ok {
				parts = append(parts, part{text: a}, part{text: b, endsSentence: true})
				continue
			}
		}
		parts = append(parts, part{text: s, endsSentence: true})
	}
	return parts
}

// firstClause splits a long sentence after its first suitable clause mark.
func firstClause(s string) (string, string, bool) {
	words := strings.Fields(s)
	if len(words) <= firstClauseWords {
		return "", "", false
	}
	for i := minClauseWords - 1; i < len(words)-minClauseWords; i++ {
		w := words[i]
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") {
			return strings.Join(words[:i+1], " "), strings.Join(words[i+1:], " "), true
		}
	}
	return "", "", false
}
