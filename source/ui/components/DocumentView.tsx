// A scrolling document of rows where some blocks can be selected; the window follows the selected block.

import {Box} from 'ink';
import {useRef} from 'react';
import {LineView} from './LineView.js';
import {followSelection} from '../state/layout.js';
import type {Line} from '../text/line.js';

interface DocumentViewProperties {
	readonly lines: readonly Line[];
	readonly height: number;
	readonly width: number;
	/** Rows of the selected block, or undefined when nothing is selectable. */
	readonly selected?: {first: number; last: number};
	/** A fixed scroll position (reader); otherwise the window follows the selection. */
	readonly offset?: number;
	/** The last selectable block is selected: show the document's end too (what follows it is not selectable). */
	readonly toEnd?: boolean;
	/** A kept-mounted view's arrival on screen: the window is laid out from the top again, as on a fresh mount. */
	readonly visit?: number;
}

export function DocumentView({lines, height, width, selected, offset, toEnd, visit}: DocumentViewProperties) {
	const previous = useRef({visit, start: 0});
	if (previous.current.visit !== visit) {
		previous.current = {visit, start: 0};
	}

	const start = offset === undefined
		? followSelection(previous.current.start, selected, toEnd ?? false, height, lines.length)
		: Math.max(0, Math.min(offset, lines.length - height));
	previous.current.start = start;
	const visible = lines.slice(start, start + height);
	return (
		<Box flexDirection="column" height={height} width={width} overflowY="hidden">
			{visible.map((line, index) => {
				const row = start + index;
				const isSelected = selected !== undefined && row >= selected.first && row <= selected.last;
				// Rows are positions in a static document: the index is their identity.
				// eslint-disable-next-line react/no-array-index-key
				return <LineView key={row} line={line} width={width} selected={isSelected}/>;
			})}
		</Box>
	);
}
