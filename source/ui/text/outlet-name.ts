// An outlet's name as a row shows it before a title: sanitised and capped, so a long feed title leaves room for the title.

import {truncate} from './fit.js';
import {sanitizeLine} from './sanitize.js';

/** Cells an outlet's name takes at most in front of a title (tagesschau's 39-cell title keeps its first 27). */
export const outletCells = 28;

export function outletName(feed: string): string {
	return truncate(sanitizeLine(feed), outletCells);
}
