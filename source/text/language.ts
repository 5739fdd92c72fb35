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
const languageIndex = new Map(Object.keys(stopwords).map((language, index) => [language, index]));

// The stopwords by a hash of their characters, so a word is looked up while it is walked, without a string.
interface Entry {
	word: string;
	languages: number[];
	next: Entry | undefined;
}

// FNV-1a kept to small integers (no heap numbers), into a table of 2^12 slots: one array read per word.
const initialHash = 0x011C9DC5;
function mix(hash: number, code: number): number {
	return Math.imul(hash ^ code, 0x01000193) & 0x3FFFFFFF;
}

const slotMask = 0xFFF;
const slots: Array<Entry | undefined> = Array.from({length: slotMask + 1}, () => undefined);
for (const [word, languages] of lookup) {
	let hash = initialHash;
	for (let at = 0; at < word.length; at++) hash = mix(hash, word.charCodeAt(at));
	slots[hash & slotMask] = {word, languages: languages.map(language => languageIndex.get(language)!), next: slots[hash & slotMask]};
}

// Per UTF-16 code unit: its lower-case form when that is a letter (\p{L}) of one code unit; 0 when it is no
// letter; -1 when it needs the careful path (a surrogate, or a letter whose lower case is longer, like 'İ').
// Filled as characters are met: feed text uses a few hundred distinct ones.
const lowerLetter = new Int32Array(0x10000);
const unknown = 0x7FFFFFFF;
lowerLetter.fill(unknown);
for (let code = 0; code < 0x80; code++) lowerLetter[code] = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7A ? code | 0x20 : 0;

function classify(code: number): number {
	if (code >= 0xD800 && code <= 0xDFFF) return -1;
	const lower = String.fromCharCode(code).toLowerCase();
	if (lower.length !== 1) return -1;
	return letter.test(lower) ? lower.charCodeAt(0) : 0;
}

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

function verdict(scores: Float64Array): string {
	let best = -1;
	let second = -1;
	for (let index = 0; index < scores.length; index++) {
		if (scores[index]! <= 0) continue;
		if (best === -1 || scores[index]! > scores[best]!) {
			second = best;
			best = index;
		} else if (second === -1 || scores[index]! > scores[second]!) {
			second = index;
		}
	}
	// Equal scores always fail the 1.25 margin, so which of two tied languages ranks first does not matter.
	if (best === -1 || scores[best]! < 2) return 'und';
	if (second !== -1 && scores[best]! < scores[second]! * 1.25) return 'und';
	return detectableLanguages[best]!;
}

function score(scores: Float64Array, languages: readonly number[]): void {
	// A word shared by several languages counts for each, but less.
	for (const language of languages) scores[language]! += 1 / languages.length;
}

/** The plain walk over the lower-cased text: for text with characters whose lower case is not one code unit. */
function detectCarefully(text: string, maxChars: number): string {
	const scores = new Float64Array(detectableLanguages.length);
	const lower = text.slice(0, maxChars).toLowerCase();
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
		if (languages) score(scores, languages.map(language => languageIndex.get(language)!));
	}
	return verdict(scores);
}

/**
 * Guesses the language of a text from its function words. Returns an ISO 639-1 code, or "und" when the
 * text is too short or too mixed to tell.
 */
export function detectLanguage(text: string, maxChars = 4000): string {
	// The words are the runs of letters (as /\p{L}+/gu finds them in the lower-cased text), walked by code unit
	// with a hash of the lower-cased letters: no lower-cased copy, and no string per word. Every feed without a
	// declared language pays this per item.
	const scores = new Float64Array(detectableLanguages.length);
	const end = Math.min(text.length, maxChars);
	let hash = initialHash;
	let length = 0;
	let start = 0;
	for (let at = 0; at <= end; at++) {
		let lower = 0;
		if (at < end) {
			const code = text.charCodeAt(at);
			lower = lowerLetter[code]!;
			if (lower === unknown) lower = lowerLetter[code] = classify(code);
			if (lower === -1) return detectCarefully(text, maxChars);
		}

		if (lower !== 0) {
			if (length++ === 0) start = at;
			if (length <= longestStopword) hash = mix(hash, lower);
			continue;
		}

		if (length > 0 && length <= longestStopword) {
			for (let entry = slots[hash & slotMask]; entry; entry = entry.next) {
				if (entry.word.length === length && sameLetters(text, start, entry.word)) {
					score(scores, entry.languages);
					break;
				}
			}
		}

		hash = initialHash;
		length = 0;
	}
	return verdict(scores);
}

function sameLetters(text: string, start: number, word: string): boolean {
	for (let index = 0; index < word.length; index++) {
		if (lowerLetter[text.charCodeAt(start + index)] !== word.charCodeAt(index)) return false;
	}
	return true;
}

/** "en-GB" → "en", "pt_PT" → "pt"; anything not a plausible code → "". */
export function normalizeLanguageTag(tag: string | undefined): string {
	const match = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec((tag ?? '').slice(0, 40));
	return match?.[1] ? match[1].toLowerCase() : '';
}

/**
 * Whether the quote engine reads text in `language` (an article's tag): its rules and word lists are German and
 * English, and text in another language read with them gives capitalised words as people ("O Governo", "Nasceu
 * Lourenço") and English rules' quotes. Text whose language is not known ("und", no tag) is read as English, as before.
 */
export function quoteEngineReads(language: string): boolean {
	const tag = normalizeLanguageTag(language);
	return tag === '' || tag === 'und' || tag === 'de' || tag === 'deu' || tag === 'en' || tag === 'eng';
}
