// Width-exact truncation, padding and wrapping by terminal cells (CJK and emoji count as two).

import stringWidth from 'string-width';
import {isNarrowText} from './narrow-text.js';

// Built on first use: the first segmenter of a process costs ~10 ms (ICU), and narrow text never needs it.
let segmenter: Intl.Segmenter | undefined;

// Narrow text (printable ASCII, Latin, common punctuation) is one cell per character; string-width segments and runs
// an emoji regex per grapheme, which made it the largest cost of drawing a frame. Only other text goes to it, and
// its answers are kept.
const widthCache = new Map<string, number>();
const widthCacheLimit = 20_000;

export function graphemes(text: string): string[] {
	if (isNarrowText(text)) {
		return [...text];
	}

	segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'});
	return Array.from(segmenter.segment(text), part => part.segment);
}

export function cellWidth(text: string): number {
	if (isNarrowText(text)) {
		return text.length;
	}

	let width = widthCache.get(text);
	if (width === undefined) {
		width = stringWidth(text);
		if (widthCache.size >= widthCacheLimit) {
			widthCache.clear();
		}

		widthCache.set(text, width);
	}

	return width;
}

/** The longest start of `text` that fits in `room` cells, and its width. */
export function cutToWidth(text: string, room: number): {text: string; width: number} {
	if (isNarrowText(text)) {
		const cut = text.slice(0, Math.max(0, room));
		return {text: cut, width: cut.length};
	}

	let used = 0;
	let out = '';
	for (const grapheme of graphemes(text)) {
		const w = cellWidth(grapheme);
		if (used + w > room) {
			break;
		}

		out += grapheme;
		used += w;
	}

	return {text: out, width: used};
}

/** Cuts text to at most `width` cells, ending in an ellipsis when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
	if (width <= 0) {
		return '';
	}

	if (cellWidth(text) <= width) {
		return text;
	}

	const room = width - cellWidth(ellipsis);
	const {text: out} = cutToWidth(text, room);
	return room >= 0 ? out + ellipsis : out;
}

/** Truncates and pads with spaces to exactly `width` cells. */
export function fit(text: string, width: number): string {
	const cut = truncate(text, width);
	return cut + ' '.repeat(Math.max(0, width - cellWidth(cut)));
}

/** Right-aligns text in `width` cells. */
export function fitRight(text: string, width: number): string {
	const cut = truncate(text, width);
	return ' '.repeat(Math.max(0, width - cellWidth(cut))) + cut;
}

export interface WrappedLine {
	text: string;
	/** Offsets of the line's text in the source string, for highlighting. */
	start: number;
	end: number;
}

/**
 * Wraps one paragraph at word boundaries to lines of at most `width` cells; words wider than a line are split.
 * Offsets refer to `text`, so callers can map ranges (quotes) onto lines.
 */
export function wrap(text: string, width: number, baseOffset = 0): WrappedLine[] {
	const lines: WrappedLine[] = [];
	if (width <= 0) {
		return lines;
	}

	const words = [...text.matchAll(/\S+/g)];
	let current: {start: number; end: number; width: number} | undefined;
	const flush = () => {
		if (current) {
			lines.push({text: text.slice(current.start, current.end), start: baseOffset + current.start, end: baseOffset + current.end});
			current = undefined;
		}
	};

	for (const match of words) {
		const start = match.index;
		const word = match[0];
		const w = cellWidth(word);
		if (current && current.width + 1 + w <= width) {
			current.end = start + word.length;
			current.width += 1 + w;
			continue;
		}

		flush();
		if (w <= width) {
			current = {start, end: start + word.length, width: w};
			continue;
		}

		// A word longer than the line: split it by graphemes.
		let pieceStart = start;
		let used = 0;
		let offset = start;
		for (const grapheme of graphemes(word)) {
			const gw = cellWidth(grapheme);
			if (used + gw > width && used > 0) {
				lines.push({text: text.slice(pieceStart, offset), start: baseOffset + pieceStart, end: baseOffset + offset});
				pieceStart = offset;
				used = 0;
			}

			used += gw;
			offset += grapheme.length;
		}

		current = {start: pieceStart, end: offset, width: used};
	}

	flush();
	return lines;
}
