// A person's quote list and the band under it that holds the selected quote whole: the rows the screen and the keys agree on.

import type {Layout} from './layout.js';

/** Most rows the whole quote and its citation get: a quote of ~60 words at 80 columns, and its source. */
const bandAtMost = 8;
/** Fewest: a quote row, its "…" row and one of citation. */
const bandAtLeast = 3;

export interface PersonRows {
	/** Quote rows the list shows (the cursor's window). */
	list: number;
	/** Rows under the list and its blank row for the selected quote whole; 0 where the terminal is too short. */
	band: number;
}

/**
 * The list gives up a band of rows under it for the selected quote whole (a short list leaves it all its free rows), so
 * the most quoted people, the editor's main case, see theirs whole too (review V17 #3: it needed rows a full list did not
 * have). The band does not follow the cursor: the list's window and page keep one height whatever quote is selected.
 */
export function personRows(layout: Layout, quotes: number): PersonRows {
	const band = Math.min(bandAtMost, Math.max(bandAtLeast, Math.round(layout.list * 0.4)));
	const room = layout.list - band - 1;
	if (quotes <= room) {
		return {list: quotes, band: layout.list - quotes - 1};
	}

	// Fewer than three quote rows beside a band: the list alone, as on a terminal of a few rows.
	if (room < 3) {
		return {list: layout.list, band: 0};
	}

	return {list: room, band};
}
