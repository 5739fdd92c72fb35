// Home: topics with story and unread counts on the left, the selected topic's stories on the right.

import {Box} from 'ink';
import type {Story} from '../../model/briefing.js';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import {listPosition} from '../state/reducer.js';
import type {Layout} from '../state/layout.js';
import {selectedStoryIndex, selectedTopicEntry, starredTopic, topicEntries, type TopicEntry} from '../state/selectors.js';
import type {UiState} from '../state/types.js';
import {age} from '../text/age.js';
import {cellWidth, fit, fitRight} from '../text/fit.js';
import type {Line} from '../text/line.js';
import {sanitizeLine} from '../text/sanitize.js';

interface BriefingScreenProperties {
	readonly state: UiState;
	readonly layout: Layout;
}

export function BriefingScreen({state, layout}: BriefingScreenProperties) {
	const {messages, now} = useAppContext();
	const entries = topicEntries(state);
	const entry = selectedTopicEntry(state);
	const topicName = (name: string) => (name === starredTopic ? messages.labels.starred : sanitizeLine(name));
	const topicsPosition = listPosition(state, 'topics');
	const topicCursor = Math.max(0, entries.findIndex(candidate => candidate.name === entry?.name));
	const storyList = entry ? listPosition(state, `stories:${entry.name}`) : {cursor: 0, offset: 0};
	const storyCursor = entry ? selectedStoryIndex(state, entry) : 0;
	const date = now();

	const topicRow = (topic: TopicEntry): Line => {
		const counts = fitRight(String(topic.stories.length), 4) + fitRight(topic.unread > 0 ? `${topic.unread}•` : '', 5);
		return [
			{text: fit(` ${topicName(topic.name)}`, layout.topicsWidth - 9), token: topic.unread > 0 ? 'unread' : 'text.primary'},
			{text: counts, token: 'text.secondary'},
		];
	};

	const storyRow = (story: Story): Line => {
		const marker = story.isNew ? '+' : story.unread ? '•' : ' ';
		const outlets = story.outlets.length === 1 ? messages.labels.outlet : `${story.outlets.length} ${messages.labels.outlets}`;
		const meta = ` ${outlets} · ${age(story.lastPublished, date, messages)} `;
		const headlineWidth = Math.max(4, layout.storiesWidth - 2 - cellWidth(meta));
		return [
			{text: ` ${marker}`, token: story.isNew ? 'new' : 'unread'},
			{text: fit(sanitizeLine(story.headline), headlineWidth), token: story.unread ? 'unread' : 'text.primary'},
			{text: meta, token: 'text.secondary'},
		];
	};

	const storiesTitle = entry ? `${messages.labels.stories} — ${topicName(entry.name)} (${entry.stories.length})` : messages.labels.stories;
	return (
		<Box flexDirection="row" height={layout.body}>
			<Box flexDirection="column" width={layout.topicsWidth}>
				<LineView line={[{text: ` ${messages.labels.topics}`, token: state.pane === 'topics' ? 'accent' : 'heading'}]} width={layout.topicsWidth}/>
				<ListView
					items={entries}
					cursor={topicCursor}
					offset={topicsPosition.offset}
					height={layout.list}
					width={layout.topicsWidth}
					focused={state.pane === 'topics'}
					renderRow={topicRow}
					keyOf={topic => topic.name}
					empty={[{text: ` ${state.briefing ? messages.labels.noTopics : messages.labels.loading}`, token: 'text.dim'}]}
				/>
			</Box>
			<Box flexDirection="column" width={1}>
				{Array.from({length: layout.body}, (_, index) => <LineView key={index} line={[{text: '│', token: 'text.dim'}]} width={1}/>)}
			</Box>
			<Box flexDirection="column" width={layout.storiesWidth}>
				<LineView line={[{text: ` ${storiesTitle}`, token: state.pane === 'stories' ? 'accent' : 'heading'}]} width={layout.storiesWidth}/>
				<ListView
					items={entry?.stories ?? []}
					cursor={storyCursor}
					offset={storyList.offset}
					height={layout.list}
					width={layout.storiesWidth}
					focused={state.pane === 'stories'}
					renderRow={storyRow}
					keyOf={story => story.id}
					empty={[{text: ` ${messages.labels.noStories}`, token: 'text.dim'}]}
				/>
			</Box>
		</Box>
	);
}
