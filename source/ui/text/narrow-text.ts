// Text that is one terminal cell per UTF-16 unit, each its own grapheme: its width is its length.

/*
 * string-width segments text into graphemes and runs Unicode regular expressions on each; the first text that is not
 * printable ASCII builds those (Intl.Segmenter, `\p{RGI_Emoji}` — ~30 ms at start-up). News text is mostly Latin
 * letters and punctuation whose width is known: these ranges are narrow (width 1, ambiguous ones counted narrow as
 * string-width does by default), never join a neighbour into one grapheme and are not emoji. A test checks every
 * code point here against each string-width copy the app bundles and against the grapheme segmenter.
 */
const narrowRanges = [
	'\\u0020-\\u007E', // printable ASCII
	'\\u00A0-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u02FF', // Latin-1 (not ©, ®: string-width 7 counts them as emoji; not the soft hyphen), Latin Extended-A/B, IPA, modifiers
	'\\u0370-\\u0377\\u037A-\\u037F\\u0384-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u0482\\u048A-\\u052F', // Greek, Cyrillic
	'\\u1E00-\\u1EFF', // Latin Extended Additional (Vietnamese, ...)
	'\\u2010-\\u2027\\u2030-\\u203B\\u203D-\\u2048\\u204A-\\u205E', // dashes, quotes, bullets, ellipsis (not ‼ ⁉)
	'\\u20A0-\\u20C0', // currency signs
	'\\u2190-\\u2193', // ← ↑ → ↓
	'\\u2500-\\u257F', // box drawing
	'\\u25A0-\\u25A9\\u25AC-\\u25B5\\u25B7-\\u25BF\\u25C1-\\u25FA', // geometric shapes (▸ ○ ■), not the emoji ones (▶ ◀ ▪ ◻ ...)
].join('');

/** The pattern as source text, for code that builds its own RegExp (scripts/bundle.mjs patches string-width with it). */
export const narrowTextPattern = `^[${narrowRanges}]*$`;

const narrowText = new RegExp(narrowTextPattern);

/** Whether every character of `text` (no escape codes) is one cell wide and its own grapheme. */
export function isNarrowText(text: string): boolean {
	return narrowText.test(text);
}
