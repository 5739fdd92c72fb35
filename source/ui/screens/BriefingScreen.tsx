// Home: topics with story and unread counts on the left, the selected topic's stories on the right.

import {Box} from 'ink';
import {memo} from 'react';
import type {Story} from '../../model/briefing.js';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {PaneSeparator} from '../components/PaneSeparator.js';
import {StoryList} from '../components/StoryList.js';
import {WrappedNote} from '../components/WrappedNote.js';
import {useAppContext} from '../hooks/app-context.js';
import {briefingProgressText} from '../../i18n/briefing-progress.js';
import {age, type Messages} from '../../i18n/index.js';
import {listPosition} from '../state/reducer.js';
import type {Layout} from '../state/layout.js';
import {listKey} from '../state/list-keys.js';
import {entryLabel, selectedStoryIndex, selectedTopicEntry, topicEntries, type TopicEntry} from '../state/selectors.js';
import {countWidths, topicPaneRow} from '../state/topic-row.js';
import type {UiState} from '../state/types.js';
import {cellWidth, fit, truncate, wrap} from '../text/fit.js';
import type {Line} from '../text/line.js';
import {sanitizeLine} from '../../terminal/sanitize.js';
import {shownTitle} from '../text/untitled.js';

interface BriefingScreenProperties {
	readonly state: UiState;
	readonly layout: Layout;
	/** Under another screen (kept mounted, not drawn): renders again only when it comes back. */
	readonly hidden?: boolean;
	/** No article is stored: why and what to do (state/empty-briefing.ts), shown instead of the empty lists. */
	readonly emptyNote?: string;
}

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

function cachedStoryRow(story: Story, width: number, messages: Messages, date: Date): Line {
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
const selectedRowsAtMost = 3;

/**
 * The selected story's rows. A headline its row cuts (at 80 columns a German one gets ~36 cells beside "1 Medium ·
 * 1 Std.", walk 11 #229) is wrapped over the whole width, the outlets and age at the end of its last row when they fit
 * there, so the cursor's story can be told without opening it however long the list is (a note under the list needed
 * rows a full list does not have).
 */
function selectedStoryRows(story: Story, width: number, messages: Messages, date: Date): Line[] {
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

function BriefingScreenImpl({state, layout, emptyNote}: BriefingScreenProperties) {
	const {messages, now} = useAppContext();
	const entries = topicEntries(state);
	const entry = selectedTopicEntry(state);
	const topicName = (name: string) => sanitizeLine(entryLabel(name, messages));
	const topicsPosition = listPosition(state, 'topics');
	const topicCursor = Math.max(0, entries.findIndex(candidate => candidate.name === entry?.name));
	const storyList = entry ? listPosition(state, listKey.stories(entry.name)) : {cursor: 0, offset: 0};
	const storyCursor = entry ? selectedStoryIndex(state, entry) : 0;
	const date = now();
	// Before the first briefing: how far its computation has got, once it has said so — in the stories pane when there are
	// two (the topics pane is too narrow for it), else in the one pane there is.
	const progressText = state.briefingProgress ? briefingProgressText(state.briefingProgress, messages) : undefined;
	const topicsLoading = (layout.singlePane ? progressText : undefined) ?? messages.labels.loading;
	const storiesLoading: Line = progressText && !layout.singlePane ? [{text: ` ${progressText}`, token: 'text.dim'}] : [];

	const widths = countWidths(entries);
	const topicRow = (topic: TopicEntry): Line => topicPaneRow(topicName(topic.name), topic, layout.topicsWidth, widths);
	const storyRow = (story: Story): Line => cachedStoryRow(story, layout.storiesWidth, messages, date);
	const storyRowsSelected = (story: Story): Line[] => selectedStoryRows(story, layout.storiesWidth, messages, date);
	const stories = entry?.stories ?? [];

	const storiesTitle = entry ? `${messages.labels.stories} — ${topicName(entry.name)} (${entry.stories.length})` : messages.labels.stories;
	// A narrow terminal shows one pane at a time (Enter goes into a topic, Esc back out), as newsboat does.
	const showTopics = !layout.singlePane || state.pane === 'topics' || !state.briefing;
	const showStories = !layout.singlePane || !showTopics;
	return (
		<Box flexDirection="row" height={layout.body}>
			{showTopics ? <Box flexDirection="column" width={layout.topicsWidth}>
				<LineView line={[{text: ` ${messages.labels.topics}`, token: state.pane === 'topics' ? 'accent' : 'heading'}]} width={layout.topicsWidth}/>
				{emptyNote && layout.singlePane ? <WrappedNote text={emptyNote} width={layout.topicsWidth} height={layout.list}/> : <ListView
					items={entries}
					cursor={topicCursor}
					offset={topicsPosition.offset}
					height={layout.list}
					width={layout.topicsWidth}
					focused={state.pane === 'topics'}
					renderRow={topicRow}
					keyOf={topic => topic.name}
					empty={[{text: ` ${emptyNote ? messages.empty.topics : state.briefing ? messages.labels.noTopics : topicsLoading}`, token: 'text.dim'}]}
				/>}
			</Box> : null}
			{layout.singlePane ? null : <PaneSeparator height={layout.body}/>}
			{showStories ? <Box flexDirection="column" width={layout.storiesWidth}>
				<LineView line={[{text: ` ${storiesTitle}`, token: state.pane === 'stories' ? 'accent' : 'heading'}]} width={layout.storiesWidth}/>
				{emptyNote ? <WrappedNote text={emptyNote} width={layout.storiesWidth} height={layout.list}/> : <StoryList
					stories={stories}
					cursor={storyCursor}
					offset={storyList.offset}
					height={layout.list}
					width={layout.storiesWidth}
					focused={state.pane === 'stories'}
					rowOf={storyRow}
					selectedRowsOf={storyRowsSelected}
					empty={state.briefing ? [{text: ` ${messages.labels.noStories}`, token: 'text.dim'}] : storiesLoading}
				/>}
			</Box> : null}
		</Box>
	);
}

// While hidden, a changed state (opening a story marks it read) is drawn when the briefing is shown again, not on the key
// that hid it: the open's frame does not wait for rows nobody sees.
export const BriefingScreen = memo(BriefingScreenImpl, (_, next) => Boolean(next.hidden));
