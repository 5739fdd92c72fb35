// Topic terms in Chinese, Japanese or Korean: found anywhere inside a run of CJK characters, which writes no spaces
// between words (Korean writes them, but joins particles on: 러시아가, 러시아는), so a word is no token of its own.

/** One place a CJK term occurs in a text. */
export interface CjkOccurrence<T> {
	term: T;
	/** Offset of the term's first character in the text. */
	start: number;
}

/**
 * Where the terms occur in the text, the longest at each place and none inside another's ("乌克兰战争" once, not
 * also its "乌克兰"), in text order.
 */
export function cjkOccurrences<T extends {text: string}>(text: string, terms: readonly T[]): Array<CjkOccurrence<T>> {
	const found: Array<{term: T; start: number; end: number}> = [];
	for (const term of terms) {
		for (let at = text.indexOf(term.text); at >= 0; at = text.indexOf(term.text, at + term.text.length)) {
			found.push({term, start: at, end: at + term.text.length});
		}
	}

	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: Array<CjkOccurrence<T>> = [];
	let coveredUntil = 0;
	for (const occurrence of found) {
		if (occurrence.start < coveredUntil) continue;
		kept.push({term: occurrence.term, start: occurrence.start});
		coveredUntil = occurrence.end;
	}

	return kept;
}
