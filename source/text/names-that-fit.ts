// "A, B, C, +10": as many names as fit a width and a count of the rest, for a story's outlets and a report's copies.

/** How the caller counts and cuts: terminal cells on screen, characters in lagebild brief's text. */
export interface Measure {
	width(text: string): number;
	/** `text` cut to `width` with an ellipsis. */
	truncate(text: string, width: number): string;
}

/**
 * `head`, as many of `names` as fit in `width` and "+N" for the rest, then `tail`: a long list of names gives way name
 * by name, and at last the one name left is cut, so the head and the tail (a count, a time) always stay whole.
 */
export function namesThatFit(head: string, names: readonly string[], tail: string, width: number, measure: Measure): string {
	for (let shown = names.length; shown > 1; shown--) {
		const rest = names.length - shown;
		const text = `${head}${names.slice(0, shown).join(', ')}${rest > 0 ? `, +${rest}` : ''}${tail}`;
		if (measure.width(text) <= width) {
			return text;
		}
	}

	const more = names.length > 1 ? `, +${names.length - 1}` : '';
	return `${head}${measure.truncate(names[0] ?? '', Math.max(1, width - measure.width(head) - measure.width(more) - measure.width(tail)))}${more}${tail}`;
}
