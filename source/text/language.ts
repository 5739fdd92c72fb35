// A small stopword-based language guesser for de/en/fr/es/it/pt/nl, used when a feed names no language.

// Frequent function words, chosen to separate close pairs (es/pt, nl/de, it/es): words shared by two
// languages are left out or appear in both lists, so they cancel.
const stopwords: Record<string, string[]> = {
	de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'des', 'auf', 'für', 'dem', 'den', 'ein', 'eine', 'einen', 'einem', 'auch', 'es', 'wird', 'wurde', 'sie', 'nach', 'bei', 'aus', 'sind', 'hat', 'haben', 'noch', 'über', 'wie', 'dass', 'sagte', 'werden', 'vor', 'zum', 'zur', 'im', 'vom', 'nur', 'oder', 'aber', 'auch', 'kann', 'ich', 'wir', 'schon', 'sei', 'seine', 'ihre', 'gegen', 'unter'],
	en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'it', 'with', 'was', 'on', 'as', 'are', 'be', 'by', 'this', 'from', 'at', 'or', 'have', 'has', 'an', 'they', 'which', 'not', 'but', 'were', 'their', 'will', 'said', 'would', 'been', 'who', 'after', 'about', 'than', 'its', 'he', 'she', 'we', 'more', 'over', 'into', 'new', 'says'],
	fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'dans', 'que', 'qui', 'pour', 'pas', 'sur', 'au', 'du', 'par', 'plus', 'avec', 'ce', 'sont', 'il', 'elle', 'ont', 'aux', 'été', 'mais', 'ou', 'nous', 'leur', 'cette', 'ses', 'fait', 'selon', 'entre', 'après', 'être', 'avait', 'sa', 'son', 'lors'],
	es: ['el', 'los', 'las', 'del', 'y', 'en', 'que', 'es', 'por', 'con', 'para', 'una', 'se', 'lo', 'su', 'sus', 'al', 'más', 'pero', 'fue', 'está', 'han', 'ha', 'este', 'esta', 'como', 'también', 'sobre', 'entre', 'cuando', 'muy', 'ya', 'hay', 'sin', 'desde', 'según', 'dijo', 'había', 'son', 'le'],
	it: ['il', 'di', 'che', 'la', 'le', 'gli', 'della', 'del', 'delle', 'dei', 'per', 'con', 'non', 'una', 'sono', 'nel', 'nella', 'alla', 'anche', 'più', 'ha', 'è', 'ma', 'come', 'questo', 'dopo', 'stato', 'essere', 'loro', 'tra', 'sul', 'degli', 'ai', 'al', 'suo', 'sua', 'ancora', 'ed', 'quando', 'aveva'],
	pt: ['o', 'os', 'as', 'do', 'da', 'dos', 'das', 'e', 'em', 'que', 'um', 'uma', 'para', 'com', 'não', 'no', 'na', 'nos', 'nas', 'ao', 'se', 'por', 'mais', 'foi', 'é', 'pelo', 'pela', 'como', 'mas', 'seu', 'sua', 'são', 'também', 'está', 'ser', 'já', 'ainda', 'disse', 'tem', 'quando', 'após', 'sobre', 'entre'],
	nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'op', 'te', 'zijn', 'niet', 'met', 'voor', 'die', 'er', 'ook', 'aan', 'bij', 'als', 'nog', 'maar', 'wordt', 'werd', 'naar', 'om', 'uit', 'heeft', 'hebben', 'door', 'dan', 'deze', 'wel', 'zal', 'al', 'tot', 'geen', 'hun', 'zou', 'meer', 'volgens'],
};

const lookup = new Map<string, string[]>();
for (const [language, words] of Object.entries(stopwords)) {
	for (const word of new Set(words)) lookup.set(word, [...(lookup.get(word) ?? []), language]);
}

// Longer runs of letters cannot be function words: they are skipped without building a string.
const longestStopword = Math.max(...[...lookup.keys()].map(word => word.length));
const letter = /\p{L}/u;

/** Length in code units of the letter at `at` (2 for an astral one), or 0 when it is no letter (\p{L}). */
function letterAt(text: string, at: number): number {
	const code = text.charCodeAt(at);
	if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7A) ? 1 : 0;
	if (code >= 0xD800 && code <= 0xDBFF && at + 1 < text.length) {
		const point = text.codePointAt(at)!;
		return point > 0xFFFF && letter.test(String.fromCodePoint(point)) ? 2 : 0;
	}
	return letter.test(text[at]!) ? 1 : 0;
}

export const detectableLanguages = Object.keys(stopwords);

/**
 * Guesses the language of a text from its function words. Returns an ISO 639-1 code, or "und" when the
 * text is too short or too mixed to tell.
 */
export function detectLanguage(text: string, maxChars = 4000): string {
	const scores = new Map<string, number>();
	const lower = text.slice(0, maxChars).toLowerCase();
	// The words are the runs of letters (as /\p{L}+/gu finds them), walked by hand: one pass, and a string
	// only for the short ones that can be function words. Every feed without a declared language pays this per item.
	for (let at = 0; at < lower.length;) {
		let width = letterAt(lower, at);
		if (width === 0) {
			at++;
			continue;
		}

		const start = at;
		do {
			at += width;
			width = at < lower.length ? letterAt(lower, at) : 0;
		} while (width > 0);
		if (at - start > longestStopword) continue;
		const languages = lookup.get(lower.slice(start, at));
		if (!languages) continue;
		// A word shared by several languages counts for each, but less.
		for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
	}
	const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
	const [best, second] = ranked;
	if (!best || best[1] < 2) return 'und';
	if (second && best[1] < second[1] * 1.25) return 'und';
	return best[0];
}

/** "en-GB" → "en", "pt_PT" → "pt"; anything not a plausible code → "". */
export function normalizeLanguageTag(tag: string | undefined): string {
	const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec((tag ?? '').slice(0, 40));
	return match?.[1] ? match[1].toLowerCase() : '';
}
