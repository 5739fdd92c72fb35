// Makes feed-derived strings safe to put on a terminal: no escape sequences, control or bidi characters.

const escapeSequences = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_]|)/g;
// C0 except tab and newline, DEL, C1, and the bidi embedding/override/isolate controls.
const controlChars = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

export function sanitize(text: string): string {
	return text.replace(escapeSequences, '').replace(controlChars, '').replaceAll('\t', '  ');
}

/** For one-line places (titles, list rows): newlines and runs of space become one space. */
export function sanitizeLine(text: string): string {
	return sanitize(text).replace(/\s+/g, ' ').trim();
}
