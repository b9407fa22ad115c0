package main

// Every hand-entered coordinate, with where it comes from. docs/maps.md has
// the same table; keep them in step. Wikipedia coordinates were read from
// the article's infobox (in most cases through a stored copy of the page);
// decimal values are the infobox's degrees-minutes-seconds converted.

// Place is a point the maps use.
type Place struct {
	ID       string
	At       LL
	EN, HU   string // label text
	Source   string // URL of the page the coordinate was taken from
	Given    string // the coordinate as the source gives it
	Note     string
	Accuracy string // what the point stands for
}

var (
	// Towns and cities (maps of Hungary and of the refugee routes).
	budapest = Place{ID: "budapest", At: LL{19.05139, 47.4925}, EN: "Budapest", HU: "Budapest",
		Source: "https://en.wikipedia.org/wiki/Budapest", Given: "47°29′33″N 19°03′05″E",
		Accuracy: "city centre (Wikipedia's reference point)"}
	szolnok = Place{ID: "szolnok", At: LL{20.17639, 47.17472}, EN: "Szolnok: Konev's HQ", HU: "Szolnok: Konyev főhadiszállása",
		Source: "https://en.wikipedia.org/wiki/Szolnok", Given: "47°10′29″N 20°10′35″E",
		Accuracy: "town centre", Note: "Konev's headquarters at Szolnok: facts.md §2 (☑️)"}
	vienna = Place{ID: "vienna", At: LL{16.3725, 48.20833}, EN: "Vienna", HU: "Bécs",
		Source: "https://en.wikipedia.org/wiki/Vienna", Given: "48°12′30″N 16°22′21″E",
		Accuracy: "city centre"}
	andau = Place{ID: "andau", At: LL{17.03, 47.77639}, EN: "Andau", HU: "Andau",
		Source: "https://de.wikipedia.org/wiki/Andau", Given: "47° 46′ 35″ N, 17° 1′ 48″ O",
		Accuracy: "village centre; the bridge over the Einser Canal is at the border, about 9 km away by road (de.wikipedia: Brücke von Andau)"}

	// Budapest sites (map of Budapest), placed on the 1956 map by today's
	// coordinates of the same place.
	parliament = Place{ID: "parliament", At: LL{19.04556, 47.50694}, EN: "Parliament", HU: "Országház",
		Source: "https://en.wikipedia.org/wiki/Hungarian_Parliament_Building", Given: "47°30′25″N 19°02′44″E (47.50694°N 19.04556°E)",
		Accuracy: "the building; Kossuth tér is its east side"}
	szenaTer = Place{ID: "szena-ter", At: LL{19.02472, 47.50778}, EN: "Széna tér", HU: "Széna tér",
		Source: "https://hu.wikipedia.org/wiki/Széna_tér_(Budapest)", Given: "é. sz. 47° 30′ 28″, k. h. 19° 01′ 29″",
		Accuracy: "the square"}
	stalinSite = Place{ID: "stalin-monument", At: LL{19.0814, 47.5114}, EN: "Stalin Monument site", HU: "A Sztálin-szobor helye",
		Source: "https://hu.wikipedia.org/wiki/Sztálin-szobor_(Budapest)", Given: "é. sz. 47° 30′ 41″, k. h. 19° 04′ 53″ (47.511400°N 19.081400°E)",
		Accuracy: "the monument's site on today's Ötvenhatosok tere, opposite Városligeti fasor (same coordinate in hu.wikipedia: Ötvenhatosok tere)"}
	koztarsasagTer = Place{ID: "koztarsasag-ter", At: LL{19.0772, 47.4950}, EN: "Köztársaság tér", HU: "Köztársaság tér",
		Source: "https://hu.wikipedia.org/wiki/II._János_Pál_pápa_tér_(Budapest)", Given: "é. sz. 47° 29′ 42″, k. h. 19° 04′ 38″ (47.495000°N 19.077200°E)",
		Accuracy: "the square (today II. János Pál pápa tér)"}
	corvinKoz = Place{ID: "corvin-koz", At: LL{19.07056, 47.48611}, EN: "Corvin köz · Kilián barracks", HU: "Corvin köz · Kilián laktanya",
		Source: "https://hu.wikipedia.org/wiki/Corvin_köz", Given: "é. sz. 47° 29′ 10″, k. h. 19° 04′ 14″",
		Accuracy: "Corvin köz; the Kilián barracks stand opposite it across Üllői út (hu.wikipedia: Kilián laktanya), about 100 m away, so one dot marks both"}
	moriczKorter = Place{ID: "moricz-korter", At: LL{19.0467778, 47.4771583}, EN: "Móricz Zsigmond körtér", HU: "Móricz Zsigmond körtér",
		Source: "https://en.wikipedia.org/wiki/Móricz_Zsigmond_körtér", Given: "47°28′37.77″N 19°2′48.40″E",
		Accuracy: "the square"}

	// Points the Danube through Budapest is drawn through, north to south.
	// Bridges give the middle of the river; one point is the midpoint of two
	// squares facing each other across it.
	danubeBudapest = []Place{
		{ID: "arpad-hid", At: LL{19.05417, 47.5375}, EN: "Árpád Bridge", Source: "https://fr.wikipedia.org/wiki/Pont_Árpád", Given: "47° 32′ 15″ N, 19° 03′ 15″ E", Note: "opened 1950"},
		{ID: "margit-hid", At: LL{19.0436, 47.5147}, EN: "Margaret Bridge", Source: "https://en.wikipedia.org/wiki/Margaret_Bridge", Given: "47°30′53″N 19°02′37″E (47.5147°N 19.0436°E)", Note: "south tip of Margaret Island"},
		{ID: "batthyany-parliament", At: LL{19.04209, 47.50658}, EN: "midpoint of Batthyány tér and the Parliament", Source: "https://de.wikipedia.org/wiki/Batthyány_tér", Given: "Batthyány tér 47°30′22,4″N 19°2′19,04″E; averaged with the Parliament above", Note: "the two face each other across the river"},
		{ID: "lanchid", At: LL{19.04403, 47.49905}, EN: "Széchenyi Chain Bridge", Source: "https://tripomatic.com/tr/poi/szechenyi-chain-bridge-poi:1494", Given: "47°29'56.591\" N 19°2'38.516\" E", Note: "rebuilt 1949"},
		{ID: "szabadsag-hid", At: LL{19.055, 47.4856}, EN: "Liberty Bridge", Source: "https://en.wikipedia.org/wiki/Liberty_Bridge_(Budapest)", Given: "47°29′08″N 19°03′18″E", Note: "rebuilt 1946"},
		{ID: "petofi-hid", At: LL{19.06306, 47.47861}, EN: "Petőfi Bridge", Source: "https://fr.wikipedia.org/wiki/Pont_Petőfi", Given: "47° 28′ 43″ N, 19° 03′ 47″ E", Note: "rebuilt 1952"},
		{ID: "rakoczi-hid", At: LL{19.0675, 47.46861}, EN: "Rákóczi Bridge", Source: "https://cs.wikipedia.org/wiki/Rákóczi_híd", Given: "47°28′7″ s. š., 19°4′3″ v. d.", Note: "built 1995: used only as a point on the river, not drawn"},
	}
)

// bridges1956 are the Budapest road bridges of danubeBudapest that stood in
// November 1956 (Elisabeth Bridge lay in ruins from 1945 to 1964; Rákóczi
// Bridge was built in 1995): drawn as thin lines across the river.
var bridges1956 = []string{"arpad-hid", "margit-hid", "lanchid", "szabadsag-hid", "petofi-hid"}

// allPlaces lists every coordinate, for the documentation table.
func allPlaces() []Place {
	ps := []Place{budapest, szolnok, vienna, andau, parliament, szenaTer, stalinSite, koztarsasagTer, corvinKoz, moriczKorter}
	return append(ps, danubeBudapest...)
}
