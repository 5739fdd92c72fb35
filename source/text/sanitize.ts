// Strips everything from untrusted feed text that a terminal could read as a command or that hides text.

// String-type sequences (OSC, DCS, SOS, PM, APC) run until BEL or ST; an unterminated one is cut to the end,
// because a terminal would swallow that rest too. 8-bit (C1) introducers are only dropped as single
// characters below: UTF-8 terminals do not act on them, and a stray one must not eat a whole article.
const stringSequence = /\u001B[\]PX^_][^\u0007\u001B]*(?:\u0007|\u001B\\)?/g;
const csiSequence = /\u001B\[[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]?/g;
// An 8-bit CSI (U+009B) with its parameters ('\x9b31m' would otherwise leave '31m' in the text). U+009B is also
// '›' of Windows-1252 text decoded as Latin-1 ('\x9bKommentar'), so only a complete sequence with at least one
// parameter and no space before its final byte goes whole; a bare introducer loses itself only, below.
const c1CsiSequence = /\u009B[\u0030-\u003F]+[\u0021-\u002F]*[\u0040-\u007E]/g;
// Other escape sequences: ESC, optional intermediates, one final byte (e.g. ESC c = full reset, ESC ( B).
const escSequence = /\u001B[\u0020-\u002F]*[\u0030-\u007E]?/g;
const lineBreaks = /\r\n?|[\u2028\u2029\u0085]/g;
// C0 except \t and \n, DEL, C1, bidi embeddings/overrides/isolates and marks, zero-width characters.
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Cheap check: most feed text contains none of these and skips all the regex passes.
const suspicious = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2069\uFEFF\uD800-\uDFFF]/;

function withoutSequences(text: string): string {
	return text
		.replace(stringSequence, '')
		.replace(csiSequence, '')
		.replace(c1CsiSequence, '')
		.replace(escSequence, '');
}

/** Removes control characters, terminal escape sequences, bidi controls and zero-width characters. Keeps \n and \t. */
export function sanitizeText(text: string): string {
	if (!suspicious.test(text)) return text;
	return withoutSequences(text)
		.replace(lineBreaks, '\n')
		.replace(invisible, '')
		.replace(loneSurrogate, '\uFFFD');
}

/**
 * For text a command prints whole (a JSON document, an OPML file, a report): the same removals, but U+2028, U+2029
 * and U+0085 are not turned into line breaks, which inside a JSON string would make the document invalid (U+0085
 * goes as a C1 control); a carriage return becomes a line break, so no line can be written over.
 */
export function sanitizePrinted(text: string): string {
	if (!suspicious.test(text)) return text;
	return withoutSequences(text)
		.replace(/\r\n?/g, '\n')
		.replace(invisible, '');
}

/** sanitizeText, then everything on one line with single spaces (titles, authors, error lines). */
export function sanitizeLine(text: string): string {
	// Only real runs and non-space whitespace are replaced: a plain /\s+/ rewrites every space of the line.
	return sanitizeText(text).replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
