// An outlet's name as a row shows it before a title: sanitised and capped, so a long feed title leaves room for the title.

import {truncate} from './fit.js';
import {sanitizeLine} from '../../terminal/sanitize.js';

/** Cells an outlet's name takes at most in front of a title (tagesschau's 39-cell title keeps its first 27). */
export const outletCells = 28;

/** `columns`: the row's width; below 60 columns (40: "Ein sehr…") the name takes at most a quarter of it. */
export function outletName(feed: string, columns = Infinity): string {
	return truncate(sanitizeLine(feed), columns < 60 ? Math.max(8, Math.floor(columns / 4)) : outletCells);
}
