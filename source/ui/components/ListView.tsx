// A virtualized list: renders only the rows in view, so ten thousand items cost what a screenful costs.

import {Box} from 'ink';
import {ensureVisible} from '../state/layout.js';
import type {Line} from '../text/line.js';
import {LineView} from './LineView.js';

interface ListViewProperties<T> {
	readonly items: readonly T[];
	readonly cursor: number;
	readonly offset: number;
	readonly height: number;
	readonly width: number;
	/** Whether the list has the focus; an unfocused list still marks its cursor row, quietly. */
	readonly focused?: boolean;
	/** False for plain scrolling text with no cursor row (help). */
	readonly showCursor?: boolean;
	readonly renderRow: (item: T, index: number) => Line;
	readonly keyOf: (item: T, index: number) => string;
	readonly empty?: Line;
}

export function ListView<T>({items, cursor, offset, height, width, focused = true, showCursor = true, renderRow, keyOf, empty}: ListViewProperties<T>) {
	const start = ensureVisible(offset, cursor, height, items.length);
	const visible = items.slice(start, start + height);
	return (
		<Box flexDirection="column" height={height} width={width} overflowY="hidden">
			{visible.length === 0 && empty ? <LineView line={empty} width={width}/> : null}
			{visible.map((item, index) => (
				<LineView
					key={keyOf(item, start + index)}
					line={renderRow(item, start + index)}
					width={width}
					selected={showCursor && start + index === cursor && (focused ? true : 'dim')}
				/>
			))}
		</Box>
	);
}
