// Styled one-row text (segments with theme tokens) and cutting it to an exact cell width.

import type {Token} from '../theme.js';
import {cellWidth, graphemes} from './fit.js';

export interface Segment {
	text: string;
	token?: Token;
}

export type Line = Segment[];

/** Truncates the segments to `width` cells (ellipsis on cut) and pads with spaces to exactly `width`. */
export function fitLine(line: Line, width: number): Line {
	// A stray line break would make the row two rows and break every height calculation.
	line = line.map(segment => (/[\n\r\t]/.test(segment.text) ? {...segment, text: segment.text.replace(/[\n\r\t]/g, ' ')} : segment));
	const out: Line = [];
	const total = line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
	const cut = total > width;
	const room = cut ? width - 1 : width;
	let used = 0;
	for (const segment of line) {
		if (used >= room) {
			break;
		}

		const w = cellWidth(segment.text);
		if (used + w <= room) {
			out.push(segment);
			used += w;
			continue;
		}

		let text = '';
		for (const grapheme of graphemes(segment.text)) {
			const gw = cellWidth(grapheme);
			if (used + gw > room) {
				break;
			}

			text += grapheme;
			used += gw;
		}

		out.push({...segment, text});
		break;
	}

	if (cut && width > 0) {
		out.push({text: '…', token: out.at(-1)?.token});
		used++;
	}

	if (used < width) {
		out.push({text: ' '.repeat(width - used)});
	}

	return out;
}

export function lineText(line: Line): string {
	return line.map(segment => segment.text).join('');
}
