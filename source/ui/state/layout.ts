// The screen geometry every component and the input dispatcher agree on, from the terminal size.

export interface Layout {
	columns: number;
	/** Rows the app draws: one less than the terminal so Ink never falls back to clearing the screen. */
	height: number;
	/** Rows between the header and the status bar. */
	body: number;
	/** Rows of a list under a one-line column/pane title. */
	list: number;
	topicsWidth: number;
	storiesWidth: number;
	/** Too narrow for topics and stories side by side: the briefing shows the focused pane alone, full width. */
	singlePane: boolean;
	/** Rows the feed list gets: the body minus the column titles and the two detail rows. */
	feedsList: number;
	/** Text width of the reader: comfortable line length on wide terminals, the full width on narrow ones. */
	readerWidth: number;
}

/** Below this width two panes leave topic names and headlines a few letters each. */
export const singlePaneBelow = 72;

export function layoutFor(columns: number, rows: number): Layout {
	const safeColumns = Math.max(20, columns);
	const height = Math.max(5, rows - 1);
	const body = height - 2;
	const singlePane = safeColumns < singlePaneBelow;
	const topicsWidth = singlePane ? safeColumns : Math.max(14, Math.min(30, Math.floor(safeColumns * 0.28)));
	return {
		columns: safeColumns,
		height,
		body,
		list: Math.max(1, body - 1),
		topicsWidth,
		storiesWidth: singlePane ? safeColumns : safeColumns - topicsWidth - 1,
		singlePane,
		feedsList: Math.max(1, body - 4),
		readerWidth: Math.min(100, safeColumns - 2),
	};
}

/** The first visible index so that `cursor` is on screen, moving the window as little as possible. */
export function ensureVisible(offset: number, cursor: number, height: number, total: number): number {
	if (total <= height) {
		return 0;
	}

	let next = Math.min(offset, total - height);
	if (cursor < next) {
		next = cursor;
	} else if (cursor >= next + height) {
		next = cursor - height + 1;
	}

	return Math.max(0, Math.min(next, total - height));
}

/**
 * The first visible index of a list whose selected item takes `rows` rows (the briefing's story list: the selected story
 * wraps its headline): moved only when the cursor's rows would leave the window, never pulled up at the list's end, so a
 * selected item that takes fewer rows than the one before it does not shift the rows above it (review V17 #6).
 */
export function ensureRowsVisible(offset: number, cursor: number, rows: number, height: number): number {
	if (cursor < offset) {
		return cursor;
	}

	const taken = Math.max(1, Math.min(rows, height));
	return cursor - offset + taken > height ? cursor + taken - height : offset;
}

/**
 * The first row a document shows when its window follows the selected block: the whole block, one row of context above
 * it when there is room, and the document's end once the last block is selected (`toEnd`).
 */
export function followSelection(previous: number, selected: {first: number; last: number} | undefined, toEnd: boolean, height: number, total: number): number {
	const first = selected ? Math.max(0, selected.first - 1) : 0;
	let start = ensureVisible(previous, selected ? selected.last : 0, height, total);
	start = ensureVisible(start, first, height, total);
	if (toEnd && selected && total - height <= selected.first) {
		start = Math.max(0, total - height);
	}

	return start;
}
