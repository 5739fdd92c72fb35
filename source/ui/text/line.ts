// Styled one-row text (segments with theme tokens) and cutting it to an exact cell width.

import type {Token} from '../theme.js';
import {cellWidth, cutToWidth} from './fit.js';

export interface Segment {
	text: string;
	token?: Token;
}

export type Line = Segment[];

/**
 * Truncates the segments to `width` cells (ellipsis on cut) and pads with spaces to exactly `width`. Without `pad`
 * the row may end short: unstyled trailing spaces draw the same as the empty cells Ink fills a row with.
 */
export function fitLine(line: Line, width: number, pad = true): Line {
	// A stray line break would make the row two rows and break every height calculation.
	line = line.map(segment => (/[\n\r\t]/.test(segment.text) ? {...segment, text: segment.text.replace(/[\n\r\t]/g, ' ')} : segment));
	const widths = line.map(segment => cellWidth(segment.text));
	const out: Line = [];
	const total = widths.reduce((sum, w) => sum + w, 0);
	const cut = total > width;
	const room = cut ? width - 1 : width;
	let used = 0;
	for (const [index, segment] of line.entries()) {
		if (used >= room) {
			break;
		}

		const w = widths[index]!;
		if (used + w <= room) {
			out.push(segment);
			used += w;
			continue;
		}

		const piece = cutToWidth(segment.text, room - used);
		out.push({...segment, text: piece.text});
		used += piece.width;
		break;
	}

	if (cut && width > 0) {
		out.push({text: '…', token: out.at(-1)?.token});
		used++;
	}

	if (pad && used < width) {
		out.push({text: ' '.repeat(width - used)});
	}

	return out;
}

export function lineText(line: Line): string {
	return line.map(segment => segment.text).join('');
}
