// A literal text as a regular expression source, for the patterns built from names and words at run time.

/** `text` with every character that has a meaning in a regular expression escaped. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
