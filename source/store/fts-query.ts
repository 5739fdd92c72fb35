// Turns what a person types into a safe FTS5 query: every term is a quoted string, so no FTS syntax gets through.

/**
 * Words are ANDed. A trailing `*` on a word asks for a prefix match (`ukrain*`); everything else,
 * including quotes, parentheses, `OR`, `NEAR(` and column filters, is searched for as plain text.
 * Returns undefined when nothing searchable is left.
 */
export function buildFtsQuery(text: string): string | undefined {
	const terms: string[] = [];
	for (const raw of text.normalize('NFC').split(/\s+/u)) {
		const prefix = /\*+$/u.test(raw);
		const word = raw.replace(/\*+$/u, '');
		// A term without letters or digits yields no tokens; FTS5 would reject or ignore it.
		if (!/[\p{L}\p{N}]/u.test(word)) {
			continue;
		}

		const quoted = `"${word.replaceAll('"', '""')}"`;
		terms.push(prefix ? `${quoted}*` : quoted);
	}

	return terms.length > 0 ? terms.join(' ') : undefined;
}
