// What marks a live blog (a headline or address that says so, a text of timestamped entries) and its headline without the mark.

/**
 * A headline that says it is a live blog or ticker: "… – live!", "… : Live updates", "Liveblog: ++ … ++", "+++ … +++",
 * "Corona-News-Ticker: …". The plus signs stand apart from words: "Neue Werkzeuge für C++" is no ticker.
 */
const liveHeadline = /[-–—|:]\s*live!?\s*$|\blive(?:\s+news)?\s+updates?\b|\blive\s*blog\b|\bliveblog\b|\bliveticker\b|\bnews-?ticker\b|\bim\s+ticker\b|(?:^|\s)\+{2,}(?:\s|$)|^live\s*[:|]/iu;

/** An address of a live page: "/football/live/2018/jan/31/…", "…-liveblog-100.html", "…/live-updates/…", "…,coronaliveticker1028.html". */
const liveAddress = /\/live\/|liveblog|live-?updates|liveticker|\/ticker\//iu;

/**
 * A line that is only an entry's time: "8.12pm GMT", "20:15 Uhr", "12.03", "1:05 p.m. ET", "+++ 20:15 +++". A live
 * blog's feed item is its newest entries, each under such a line.
 */
const timeLine = /^(?:\+{2,}\s*)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:uhr|h|[A-Z]{2,5}))?(?:\s*\+{2,})?$/iu;

/** How many of a text's lines are an entry's time. */
function timeLines(body: string): number {
	let count = 0;
	for (const line of body.split('\n')) if (line.length <= 24 && timeLine.test(line.trim())) count++;
	return count;
}

/** Whether the headline or the address marks the article as a live blog. */
export function markedLive(title: string, url: string | undefined): boolean {
	return liveHeadline.test(title) || (url !== undefined && liveAddress.test(url));
}

/**
 * Whether an article's text is a live blog's entries, not a report with a lead: two lines or more that are only a time
 * (entries under their times), or one where the headline or the address says live. A ticker's teaser ("Mehr Corona-News
 * im Ticker") is one report's text like any other: it has no time lines.
 */
export function isLiveEntries(title: string, url: string | undefined, body: string): boolean {
	const times = timeLines(body);
	return times >= 2 || (times === 1 && markedLive(title, url));
}

/** Rubrics before a live blog's headline: "Live news updates:", "Liveblog:", "Corona-News-Ticker:", "Subway Series live updates:". */
const livePrefix = /^(?:[^:]{0,40}\b(?:live(?:\s+news)?\s+updates?|liveblog|live\s*blog|liveticker|news-?ticker|ticker)|live)\s*[:|]\s+/iu;
/** Marks after it: "… – live!", "…: Live updates", "… im Liveblog", "… +++". */
// No whitespace on either side (the headline is trimmed before and after): a leading \s* made a long run of spaces cost
// its square (hardening/regex-linear).
const liveSuffix = /(?:[-–—|:]\s*(?:live!?|live(?:\s+news)?\s+updates?|liveblog|live\s*blog)|\bim\s+(?:liveblog|live-?ticker|ticker))$/iu;

/** The ticker's plus signs around a headline: "+++ … +++", "++ … ++". */
const plusMarks = /^\+{2,}\s+|(?<=\s)\+{2,}$/gu;

/** A live blog's headline without its live mark, the event's words left ("Moura joins Spurs; …: transfer deadline day"). */
export function withoutLiveMark(headline: string): string {
	let text = headline.trim();
	// "Liveblog: ++ … ++": the marks come off in any order, each uncovering the next.
	for (let pass = 0; pass < 3; pass++) {
		const bare = text.replace(liveSuffix, '').trim().replace(livePrefix, '').replace(plusMarks, '').trim();
		if (bare === text) break;
		text = bare;
	}
	return text || headline.trim();
}
