// Turns what a person types into a safe FTS5 query: every term is a quoted string, so no FTS syntax gets through.

/** Words in straight or typographic double quotes ("…", „…“, “…”): a phrase, its words side by side in this order. */
const phrasePattern = /["„“”]([^"„“”]*)["„“”]?/gu;

/**
 * The words of a search as typed, each with whether it asks for a prefix match (a trailing `*`); words in double
 * quotes come as one phrase (its words joined by single spaces).
 */
export function searchWords(text: string): Array<{word: string; prefix: boolean; phrase?: true}> {
	const words: Array<{word: string; prefix: boolean; phrase?: true}> = [];
	const add = (raw: string, phrase: boolean) => {
		const prefix = /\*+$/u.test(raw);
		const word = raw.replace(/\*+$/u, '').trim();
		// A term without letters or digits yields no tokens; FTS5 would reject or ignore it.
		if (/[\p{L}\p{N}]/u.test(word)) {
			words.push(phrase && /\s/u.test(word) ? {word, prefix, phrase: true} : {word, prefix});
		}
	};

	const normalized = text.normalize('NFC');
	for (const match of normalized.matchAll(phrasePattern)) {
		add((match[1] ?? '').split(/\s+/u).join(' '), true);
	}

	for (const raw of normalized.replaceAll(phrasePattern, ' ').split(/\s+/u)) {
		add(raw, false);
	}

	return words;
}

function quoted(word: string): string {
	return `"${word.replaceAll('"', '""')}"`;
}

/**
 * Words are ANDed. A trailing `*` on a word asks for a prefix match (`ukrain*`); words in double quotes are a phrase
 * ("Boeing 787" does not find "787 … Boeing"); everything else, including parentheses, `OR`, `NEAR(` and column
 * filters, is searched for as plain text.
 * `spellings` gives other spellings of a word (Selenskyj → selenskij, zelensky), any of which may match it.
 * Returns undefined when nothing searchable is left.
 */
export function buildFtsQuery(text: string, spellings?: ReadonlyMap<string, readonly string[]>): string | undefined {
	const terms = searchWords(text).map(({word, prefix}) => {
		if (prefix) {
			return `${quoted(word)}*`;
		}

		const others = spellings?.get(word) ?? [];
		return others.length > 0 ? `(${[word, ...others].map(quoted).join(' OR ')})` : quoted(word);
	});
	// An explicit AND: FTS5 takes no implicit one after a parenthesised group.
	return terms.length > 0 ? terms.join(' AND ') : undefined;
}
