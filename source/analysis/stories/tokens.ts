// Word tokens of news text: Unicode-aware, case- and accent-folded, with light stemming.

/** A word or a number as it appears in the text. */
export interface RawToken {
	text: string;
	/** Offset of the token in the text. */
	start: number;
	/** True when the token starts a sentence (after . ! ? : or at the start of the text). */
	sentenceStart: boolean;
}

// Letters with inner apostrophes/periods (U.S., don't), or numbers with separators (1.5, 10,000, 0.75%).
const tokenPattern = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}]+(?:['’.][\p{L}\p{M}]+)*\.?/gu;
const abbreviationPattern = /\p{L}\.\p{L}/u;

/** . ! ? : | and a line break end a sentence (by character code: this runs for every character between words). */
function endsSentence(code: number): boolean {
	return code === 46 || code === 33 || code === 63 || code === 58 || code === 124 || code === 10;
}

/** " “ „ « » open a quotation, after which a sentence starts. */
function opensQuote(code: number): boolean {
	return code === 34 || code === 0x201c || code === 0x201e || code === 0xab || code === 0xbb;
}

export function rawTokens(text: string): RawToken[] {
	const tokens: RawToken[] = [];
	let lastEnd = 0;
	let sentenceStart = true;
	// One shared pattern read with exec (matchAll copies it for every text); it never matches the empty string.
	tokenPattern.lastIndex = 0;
	for (let match = tokenPattern.exec(text); match !== null; match = tokenPattern.exec(text)) {
		const start = match.index;
		// A sentence starts after . ! ? : | or a line break, and after an opening quote mark.
		let quoteAtEnd = false;
		for (let k = lastEnd; k < start; k++) {
			const code = text.charCodeAt(k);
			if (endsSentence(code)) sentenceStart = true;
			if (opensQuote(code)) quoteAtEnd = true;
			else if (code !== 32) quoteAtEnd = false;
		}
		if (quoteAtEnd) sentenceStart = true;
		const full = match[0];
		// A trailing period belongs to the sentence, not the word, unless the word is an abbreviation like "U.S.".
		const period = full.charCodeAt(full.length - 1) === 46;
		const abbreviation = period && abbreviationPattern.test(full);
		tokens.push({text: period && !abbreviation ? full.slice(0, -1) : full, start, sentenceStart});
		sentenceStart = period && !abbreviation;
		lastEnd = start + full.length;
	}
	return tokens;
}

/** Lower case without diacritics or inner punctuation: "Selenskyj" → "selenskyj", "U.S." → "us", "Moskau" → "moskau". */
export function fold(word: string): string {
	// Most words are plain ASCII: skip Unicode normalization for them (it dominates the cost otherwise).
	if (/^[\x20-\x7e]*$/.test(word)) {
		const lower = word.toLowerCase();
		return lower.includes("'") || lower.includes('.') ? lower.replace(/['.]/g, '') : lower;
	}
	return word
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.replace(/['’.]/g, '');
}

export function isNumberToken(word: string): boolean {
	return /^\p{N}/u.test(word);
}

/** Capitalized or all-caps words: the cheap, language-independent sign of a name. */
export function isCapitalized(word: string): boolean {
	// ASCII by its code (A–Z are its only capitals): it runs for every word of every article, twice.
	const code = word.charCodeAt(0);
	if (code < 128) return code >= 65 && code <= 90;
	return /^\p{Lu}/u.test(word);
}

/**
 * Light stemming shared by all languages: the first five letters of a folded word. Inflected forms
 * (Ukraine/Ukrainian/ukrainische, sentenced/sentencing) meet without language-specific rules.
 */
export function stem(folded: string): string {
	return folded.length > 5 ? folded.slice(0, 5) : folded;
}

/** Canonical form of a number: "10,000" → "10000", "0.75" → "0.75", "1.000" (German thousands) → "1000". */
export function normalizeNumber(word: string): string {
	if (/^\p{N}{1,3}(?:[.,]\p{N}{3})+$/u.test(word)) return word.replace(/[.,]/g, '');
	return word.replace(',', '.');
}

/** A token with its folded form, computed once and shared by topic matching and clustering features. */
export interface FoldedToken extends RawToken {
	folded: string;
}

export function foldedTokens(text: string): FoldedToken[] {
	const tokens = rawTokens(text) as FoldedToken[];
	// Adds the folded form in place: one object per token instead of two.
	for (const token of tokens) token.folded = fold(token.text);
	return tokens;
}
