// The briefing's story list: a row a story, the selected one over as many rows as its whole headline takes.

import {Box} from 'ink';
import type {Story} from '../../model/briefing.js';
import {ensureRowsVisible} from '../state/layout.js';
import {selectedRowsAtMost} from '../state/story-rows.js';
import type {Line} from '../text/line.js';
import {LineView} from './LineView.js';

interface StoryListProperties {
	readonly stories: readonly Story[];
	readonly cursor: number;
	/** The list's first story as the reducer keeps it (with the selected story's rows); moved only as far as they need. */
	readonly offset: number;
	readonly height: number;
	readonly width: number;
	readonly focused: boolean;
	readonly rowOf: (story: Story) => Line;
	/** The selected story's rows: its own row when the headline fits, else the headline wrapped (see BriefingScreen). */
	readonly selectedRowsOf: (story: Story) => Line[];
	readonly empty: Line;
}

export function StoryList({stories, cursor, offset, height, width, focused, rowOf, selectedRowsOf, empty}: StoryListProperties) {
	const selected = stories[cursor];
	const selectedRows = selected ? selectedRowsOf(selected).slice(0, height) : [];
	// The selected story's last row stays on screen. The reducer's moves keep the offset so already; a briefing loaded or
	// a story selected from elsewhere kept it for a row a story.
	// Nor does the list end above the pane's foot, as after G in a terminal that then grew: no lower than where the last
	// story, with the rows a selected story may take, ends at the foot.
	const start = Math.min(ensureRowsVisible(offset, cursor, selectedRows.length, height), Math.max(0, stories.length - height + selectedRowsAtMost - 1));
	const mark = focused ? true : 'dim';
	const rows: Array<{key: string; line: Line; selected: boolean | 'dim'}> = [];
	for (let index = start; index < stories.length && rows.length < height; index++) {
		const story = stories[index]!;
		if (index === cursor) {
			// Only the first row carries the ▸ (its line starts with a space); the others start with an empty segment.
			for (const [part, line] of selectedRows.slice(0, height - rows.length).entries()) {
				rows.push({key: part === 0 ? story.id : `${story.id}\u0000${part}`, line, selected: mark});
			}
		} else {
			rows.push({key: story.id, line: rowOf(story), selected: false});
		}
	}

	return (
		<Box flexDirection="column" height={height} width={width} overflowY="hidden">
			{rows.length === 0 ? <LineView line={empty} width={width}/> : null}
			{rows.map(row => <LineView key={row.key} line={row.line} width={width} selected={row.selected}/>)}
		</Box>
	);
}
