// Turns what a person types into a safe FTS5 query: every term is a quoted string, so no FTS syntax gets through.

/** One term of a search as typed. */
export interface SearchTerm {
	/** The word, or a phrase's words joined by single spaces. */
	word: string;
	/** A trailing `*`: words that begin with it. */
	prefix: boolean;
	/** Words in double quotes: side by side in this order. */
	phrase?: true;
	/** `-word`: hits must not hold it. */
	exclude?: true;
	/** Joined to the term before by `OR`: either of them. */
	orPrevious?: true;
}

/** A phrase in straight or typographic double quotes ("…", „…“, “…”), or a run of other characters. */
const tokenPattern = /(-?)["„“”]([^"„“”]*)["„“”]?|(\S+)/gu;

/**
 * The terms of a search as typed, in order: words, a trailing `*` asking for a prefix match, words in double quotes as
 * one phrase, `-word` to leave out, and `OR` (in capitals, between two terms) for either.
 */
export function searchTerms(text: string): SearchTerm[] {
	const terms: SearchTerm[] = [];
	let pendingOr = false;
	for (const match of text.normalize('NFC').matchAll(tokenPattern)) {
		const phrase = match[3] === undefined;
		let raw = phrase ? (match[2] ?? '').split(/\s+/u).join(' ') : match[3]!;
		let exclude = phrase && match[1] === '-';
		if (!phrase && raw === 'OR') {
			pendingOr = terms.length > 0 && !terms.at(-1)!.exclude;
			continue;
		}

		if (!phrase && /^-[\p{L}\p{N}]/u.test(raw)) {
			exclude = true;
			raw = raw.slice(1);
		}

		const prefix = /\*+$/u.test(raw);
		const word = raw.replace(/\*+$/u, '').trim();
		// A term without letters or digits yields no tokens; FTS5 would reject or ignore it.
		if (!/[\p{L}\p{N}]/u.test(word)) continue;
		terms.push({
			word,
			prefix,
			...(phrase && /\s/u.test(word) ? {phrase: true as const} : {}),
			...(exclude ? {exclude: true as const} : {}),
			...(pendingOr && !exclude ? {orPrevious: true as const} : {}),
		});
		pendingOr = false;
	}

	return terms;
}

/** The words of a search that must (or may) occur, for other spellings: neither left-out ones nor phrases. */
export function searchWords(text: string): Array<{word: string; prefix: boolean; phrase?: true}> {
	return searchTerms(text).filter(term => !term.exclude).map(({word, prefix, phrase}) => (phrase ? {word, prefix, phrase} : {word, prefix}));
}

function quoted(word: string): string {
	return `"${word.replaceAll('"', '""')}"`;
}

/**
 * A prefix as German writes it either way, ss for ß ("Strasse*" finds "Straßenbau"): whole words get their other
 * spellings from the index's vocabulary (search-spellings.ts), a prefix has no word to fold. The index keeps ß (its
 * tokenizer folds accents, not ß), so each spelling matches only its own words. Umlauts need nothing of the kind for
 * the typed umlaut (ä is indexed as a); "ae" typed for it is left: "ue" → "u" would widen "blue*" to "blu*".
 */
export function prefixSpellings(word: string): string[] {
	return [...new Set([word, word.replaceAll('ss', 'ß'), word.replaceAll('ß', 'ss')])];
}

function prefixQuery(word: string): string {
	const spellings = prefixSpellings(word).map(spelling => `${quoted(spelling)}*`);
	return spellings.length > 1 ? `(${spellings.join(' OR ')})` : spellings[0]!;
}

/**
 * Words are ANDed. A trailing `*` on a word asks for a prefix match (`ukrain*`); words in double quotes are a phrase
 * ("Boeing 787" does not find "787 … Boeing"); `OR` between two terms takes either (`Boeing Airbus OR Embraer`: Boeing
 * and one of the two); `-word` leaves out what holds it. Everything else, including parentheses, `NEAR(` and column
 * filters, is searched for as plain text.
 * `spellings` gives other spellings of a word (Selenskyj → selenskij, zelensky), any of which may match it.
 * Returns undefined when nothing searchable is left (also when every term is one to leave out).
 */
export function buildFtsQuery(text: string, spellings?: ReadonlyMap<string, readonly string[]>): string | undefined {
	const groups: string[][] = [];
	const excluded: string[] = [];
	for (const term of searchTerms(text)) {
		const others = term.prefix || term.exclude ? [] : (spellings?.get(term.word) ?? []);
		const rendered = term.prefix
			? prefixQuery(term.word)
			: (others.length > 0 ? `(${[term.word, ...others].map(quoted).join(' OR ')})` : quoted(term.word));
		if (term.exclude) excluded.push(rendered);
		else if (term.orPrevious && groups.length > 0) groups.at(-1)!.push(rendered);
		else groups.push([rendered]);
	}

	if (groups.length === 0) return undefined;
	// An explicit AND: FTS5 takes no implicit one after a parenthesised group.
	const wanted = groups.map(group => (group.length > 1 ? `(${group.join(' OR ')})` : group[0]!)).join(' AND ');
	return excluded.length > 0 ? `(${wanted}) NOT (${excluded.join(' OR ')})` : wanted;
}
