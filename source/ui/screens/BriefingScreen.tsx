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
import {listPosition} from '../state/reducer.js';
import type {Layout} from '../state/layout.js';
import {listKey} from '../state/list-keys.js';
import {entryLabel, selectedStoryIndex, selectedTopicEntry, topicEntries, type TopicEntry} from '../state/selectors.js';
import {cachedStoryRow, selectedStoryRows} from '../state/story-rows.js';
import {countWidths, topicPaneRow} from '../state/topic-row.js';
import type {UiState} from '../state/types.js';
import type {Line} from '../text/line.js';
import {sanitizeLine} from '../../terminal/sanitize.js';

interface BriefingScreenProperties {
	readonly state: UiState;
	readonly layout: Layout;
	/** Under another screen (kept mounted, not drawn): renders again only when it comes back. */
	readonly hidden?: boolean;
	/** No article is stored: why and what to do (state/empty-briefing.ts), shown instead of the empty lists. */
	readonly emptyNote?: string;
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
