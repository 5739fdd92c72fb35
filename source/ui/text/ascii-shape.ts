// A row's text in printable ASCII of the same cell widths, and the way back: what Ink measures cheaply.

import {cellWidth, graphemes} from './fit.js';
import type {Line} from './line.js';

/*
 * Ink measures every text node on every frame (widest-line → string-width). Printable ASCII takes string-width's
 * fast path; one '·', '•' or '…' in a row sends the whole row through grapheme segmentation and several Unicode
 * regular expressions, which was the largest cost of a keypress. A row is therefore handed to Ink in its ASCII
 * shape (each other grapheme replaced by as many 'x' as it has cells) and turned back into its real text by a
 * transform that Ink applies after measuring, just before the row is laid into the frame. Escape codes (styles)
 * pass through untouched.
 */

const printableAscii = /^[\u0020-\u007E]*$/;

interface Piece {
	text: string;
	/** Placeholder characters standing for it (its cell width). */
	cells: number;
}

export interface AsciiShape {
	/** The line with every non-ASCII grapheme replaced by 'x' × its cell width. */
	line: Line;
	/** Turns Ink's styled rendering of `line` back into the styled real text. */
	restore: (rendered: string) => string;
}

/**
 * Undefined when the line is printable ASCII already (nothing to do), or holds a zero-width grapheme, which has no
 * placeholder to stand for it: such rare rows are measured by Ink as they are.
 */
export function asciiShape(line: Line): AsciiShape | undefined {
	if (line.every(segment => printableAscii.test(segment.text))) {
		return undefined;
	}

	const pieces: Piece[] = [];
	let zeroWidth = false;
	const shaped: Line = line.map(segment => {
		if (printableAscii.test(segment.text)) {
			for (const character of segment.text) {
				pieces.push({text: character, cells: 1});
			}

			return segment;
		}

		let text = '';
		for (const grapheme of graphemes(segment.text)) {
			if (printableAscii.test(grapheme)) {
				pieces.push({text: grapheme, cells: grapheme.length});
				text += grapheme;
			} else {
				const cells = cellWidth(grapheme);
				zeroWidth ||= cells === 0;
				pieces.push({text: grapheme, cells});
				text += 'x'.repeat(cells);
			}
		}

		return {...segment, text};
	});
	if (zeroWidth) {
		return undefined;
	}

	return {line: shaped, restore: rendered => restoreText(rendered, pieces)};
}

/** Index just past the escape sequence starting at `start` (CSI … final byte, or ESC and one character). */
function escapeEnd(text: string, start: number): number {
	if (text[start + 1] !== '[') {
		return Math.min(text.length, start + 2);
	}

	let index = start + 2;
	while (index < text.length) {
		const code = text.charCodeAt(index);
		index++;
		if (code >= 0x40 && code <= 0x7E) {
			break;
		}
	}

	return index;
}

function restoreText(rendered: string, pieces: Piece[]): string {
	let out = '';
	let piece = 0;
	// Placeholder characters of the current piece still to skip.
	let skip = 0;
	for (let index = 0; index < rendered.length;) {
		if (rendered.charCodeAt(index) === 0x1B) {
			const end = escapeEnd(rendered, index);
			out += rendered.slice(index, end);
			index = end;
			continue;
		}

		if (skip > 0) {
			skip--;
			index++;
			continue;
		}

		const current = pieces[piece];
		if (current === undefined) {
			// More text than the shape had (Ink added something): keep it as it is.
			out += rendered[index];
			index++;
			continue;
		}

		out += current.text;
		skip = current.cells - 1;
		index++;
		piece++;
	}

	return out;
}
