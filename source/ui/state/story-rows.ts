// A story row of the briefing's list, and the selected story's rows (its whole headline): what the list draws and the
// rows the reducer keeps on screen for the cursor.

import type {Story} from '../../model/briefing.js';
import {age, type Messages} from '../../i18n/index.js';
import {cellWidth, fit, truncate, wrap} from '../text/fit.js';
import type {Line} from '../text/line.js';
import {shownTitle} from '../text/untitled.js';

// Rows are rebuilt only when what they show changed: a keypress that moves the selection then measures and cuts
// no text. Story objects are immutable (marking read replaces them), so a story is its own cache key.
const storyRows = new WeakMap<Story, {key: string; line: Line}>();

/** A story row's outlets and age, and the cells its headline gets beside them. */
function storyRowParts(story: Story, width: number, messages: Messages, date: Date): {meta: string; headlineWidth: number} {
	const outlets = story.outlets.length === 1 ? messages.labels.outlet : `${story.outlets.length} ${messages.labels.outlets}`;
	const meta = ` ${outlets} · ${age(story.lastPublished, date, messages)} `;
	return {meta, headlineWidth: Math.max(4, width - 2 - cellWidth(meta))};
}

/** A story row's mark: new since you last looked, unread, or neither. */
function storyMarker(story: Story): Line[number] {
	return {text: ` ${story.isNew ? '+' : story.unread ? '•' : ' '}`, token: story.isNew ? 'new' : 'unread'};
}

function headlineToken(story: Story): 'unread' | 'text.primary' {
	return story.unread ? 'unread' : 'text.primary';
}

export function cachedStoryRow(story: Story, width: number, messages: Messages, date: Date): Line {
	const {meta, headlineWidth} = storyRowParts(story, width, messages, date);
	const key = `${width}\u0000${meta}`;
	const cached = storyRows.get(story);
	if (cached?.key === key) {
		return cached.line;
	}

	const line: Line = [
		storyMarker(story),
		{text: fit(shownTitle(story.headline, messages), headlineWidth), token: headlineToken(story)},
		{text: meta, token: 'text.secondary'},
	];
	storyRows.set(story, {key, line});
	return line;
}

const selectedRows = new WeakMap<Story, {key: string; lines: Line[]}>();

/** Most rows the selected story takes: a headline of ~150 characters at 80 columns; a longer one ends in "…". */
export const selectedRowsAtMost = 3;

/**
 * The selected story's rows. A headline its row cuts (at 80 columns a German one gets ~36 cells beside "1 Medium ·
 * 1 Std.", walk 11 #229) is wrapped over the whole width, the outlets and age at the end of its last row when they fit
 * there, so the cursor's story can be told without opening it however long the list is (a note under the list needed
 * rows a full list does not have).
 */
export function selectedStoryRows(story: Story, width: number, messages: Messages, date: Date): Line[] {
	const {meta, headlineWidth} = storyRowParts(story, width, messages, date);
	const title = shownTitle(story.headline, messages);
	if (cellWidth(title) <= headlineWidth) {
		return [cachedStoryRow(story, width, messages, date)];
	}

	const key = `${width}\u0000${meta}`;
	const cached = selectedRows.get(story);
	if (cached?.key === key) {
		return cached.lines;
	}

	const room = Math.max(4, width - 2);
	const metaWidth = cellWidth(meta);
	const wrapped = wrap(title, room);
	const shown = wrapped.slice(0, selectedRowsAtMost).map(line => line.text);
	if (wrapped.length > selectedRowsAtMost) {
		shown[selectedRowsAtMost - 1] = truncate(title.slice(wrapped[selectedRowsAtMost - 1]!.start), room);
	}

	// The outlets and age end the last row; where they do not fit beside it they take a row of their own, and on the
	// last row there is the headline gives way ("7 Medien" is why a story leads: it is never left out).
	if (cellWidth(shown.at(-1)!) + metaWidth > room) {
		if (shown.length < selectedRowsAtMost) shown.push('');
		else shown[shown.length - 1] = truncate(shown.at(-1)!, Math.max(1, room - metaWidth - 1));
	}

	const token = headlineToken(story);
	const lines: Line[] = shown.map((part, index) => {
		const metaHere = index === shown.length - 1;
		return [
			index === 0 ? storyMarker(story) : {text: ''},
			{text: `${index === 0 ? '' : '  '}${fit(part, metaHere ? room - metaWidth : room)}`, token},
			...(metaHere ? [{text: meta, token: 'text.secondary' as const}] : []),
		];
	});
	selectedRows.set(story, {key, lines});
	return lines;
}
