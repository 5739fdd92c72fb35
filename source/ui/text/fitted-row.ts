// A row cut to its width and in the ASCII shape Ink measures, kept per row object so it is worked out once.

import {asciiShape, type AsciiShape} from './ascii-shape.js';
import {fitLine, type Line} from './line.js';

export interface FittedRow {
	/** The row cut to the width; unpadded (see fitLine), as an unselected row is drawn. */
	readonly fitted: Line;
	/** Undefined when the row is printable ASCII already. */
	readonly shape: AsciiShape | undefined;
}

/*
 * A story's rows are immutable once built (story-view.ts keeps them per story), so the row object is the key: rows
 * worked out ahead of an open (the story prewarm) are found again when the rows mount.
 */
const rows = new WeakMap<Line, {width: number; row: FittedRow}>();

/** The unselected form of `line` at `width` (selected rows carry a marker and styled padding: LineView builds those). */
export function fittedRow(line: Line, width: number): FittedRow {
	const cached = rows.get(line);
	if (cached?.width === width) {
		return cached.row;
	}

	const fitted = fitLine(line, width, false);
	const row = {fitted, shape: asciiShape(fitted)};
	rows.set(line, {width, row});
	return row;
}
