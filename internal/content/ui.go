package content

// UIKeys are the labels the app's own controls need from ui.yaml. They live
// in the content so that adding a language needs no code change.
var UIKeys = []string{
	"home",              // home button
	"previous",          // previous page
	"next",              // next page
	"sources",           // sources button on a page
	"close",             // closes an overlay
	"page_of",           // "Page %d of %d" (two %d)
	"quote_translated",  // marks a translation made by the exhibit
	"quote_original",    // heading for the original wording
	"content_notice",    // notice when a content folder was invalid (%s = folder, %d = count)
	"choose_section",    // prompt on the home screen
	"all_sources",       // home button to the sources screen
	"sources_title",     // heading of a page's sources overlay
	"corrections_title", // heading: what popular accounts get wrong
	"claim",             // label before a popular claim
	"bibliography",      // heading of the list of all sources
	// comfort
	"reach", "contrast", "more", "less",
	// Radio 1956
	"radio", "listen", "play", "pause", "restart_audio", "back", "clear_voice",
	"show_original", "transcript", "captions_only", "renarration", "date_format",
	"months", "audio_error", "volume_down", "volume_up", "no_sound",
	"audio_loading", // while a narration is read and decoded
	"radio_list",    // the radio set's button to the plain list of broadcasts
	"radio_details", // the radio set's button to the player (whole text, notes)
	"radio_tune",    // the player's button to the radio set, tuned to its broadcast
	"story_link",    // the player's button to the story page about its broadcast
	// kiosk mode
	"touch_to_begin", "still_there", "resetting_in", "continue",
	"staff_pin", "pin_wrong", "pin_locked", "cancel", "ok",
	"staff_title", "exit", "restart", "volume", "default_language", "idle_time",
	"content_status", "content_valid", "content_invalid", "stats_today", "stats_off", "settings_note",
	"content_change_rejected", // staff panel: a live content change that failed its check
	"certainty",               // label before a quote's certainty grade
	"certainty_a",             // A: preserved verbatim
	"certainty_b",             // B: variants exist
	"certainty_c",             // C: known from later retelling
	"quote_open",              // opening quotation mark of the language (“ in English, „ in Hungarian)
	"quote_close",             // closing quotation mark (”)
	// visual blocks
	"chart_source",                             // before a chart's one source: "Source"
	"chart_sources",                            // before a chart's several sources: "Sources"
	"chart_legend_solid", "chart_legend_range", // how a chart draws its bars (display.ChartLegend):
	"chart_legend_mark", "chart_legend_open", //   only the parts a chart draws are shown
	"reconstruction", // before a document's caption: drawn by the exhibit, not a facsimile
	// audio mode (screens/audiomode.go): spoken, and captioned
	"audio_mode", "audio_on", "audio_off", // the toggle's name; said when it turns on or off
	"text_size",                // the name of the A / A+ / A++ button
	"role_button", "role_link", // said after a control's name: "Play, button"
	"audio_touch_hint",   // said the first time a tap only reads a control
	"audio_help",         // F1 or ?: the keys and gestures
	"audio_volume",       // after + or −
	"audio_where_home",   // where the visitor is: home
	"audio_where_page",   // a chapter's page
	"audio_where_screen", // a screen of several screenfuls (sources, the broadcasts)
	"audio_position",     // the player's progress bar
	"audio_dial",         // the radio set's dial, tuned
	"audio_dial_between", // the dial between stations
	"map_credit",         // under a map, before the credits of the base map's data sources
	"map_positions",      // under a map, before the sites its places' coordinates come from
	"site_wikipedia",     // Wikipedia's name, where a map names it as the source of a coordinate
	"timeline_day",       // heading of a day on a time axis: "Events of {date}"
	"timeline_about",     // an event's approximate time: "c. {time}"
	"timeline_from",      // an event from a time on: "from {time}"
	"timeline_after",     // an event shortly after a time: "shortly after {time}"
	// a page's sources overlay and the web page's sources: a heading per kind of block
	"sources_text", "sources_quote", "sources_picture", "sources_listen",
	"sources_chart", "sources_document", "sources_map", "sources_timeline",
}

// UIFormats are the labels that take values, with the verbs each must hold
// in this order, so a translation cannot garble a number on screen.
var UIFormats = map[string]string{
	"page_of":            "%d%d",
	"content_notice":     "%s%d",
	"resetting_in":       "%d",
	"pin_locked":         "%d",
	"content_status":     "%s%d%d%s",
	"content_invalid":    "%d",
	"stats_today":        "%d%s%d",
	"audio_error":        "%s",
	"audio_volume":       "%d",
	"audio_where_page":   "%s%d%d%s",
	"audio_where_screen": "%s%d%d",
	"audio_position":     "%s%s",
	"audio_dial":         "%s",
}
