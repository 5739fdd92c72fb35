// The topic manager: each topic with its terms; a bundled topic under its label in the interface language, its stored name beside it.

import {Box} from 'ink';
import type {TopicDefinition} from '../../model/topic.js';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import {topicLabel} from '../../i18n/index.js';
import type {Layout} from '../state/layout.js';
import type {ListPosition} from '../state/types.js';
import {fit} from '../text/fit.js';
import {sanitizeLine} from '../../terminal/sanitize.js';

interface TopicsScreenProperties {
	readonly topics: TopicDefinition[] | null;
	readonly position: ListPosition;
	readonly layout: Layout;
}

export function TopicsScreen({topics, position, layout}: TopicsScreenProperties) {
	const {messages} = useAppContext();
	const nameWidth = Math.min(24, Math.floor(layout.columns * 0.3));
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView line={[{text: fit(` ${messages.labels.topics}`, nameWidth + 1), token: 'heading'}, {text: ` ${messages.labels.terms}`, token: 'heading'}]} width={layout.columns}/>
			<ListView
				items={topics ?? []}
				cursor={position.cursor}
				offset={position.offset}
				height={layout.list}
				width={layout.columns}
				renderRow={topic => {
					const label = topicLabel(topic.name, messages);
					// The stored name is what --topic, rename and the config take: shown where the briefing says another.
					return [
						{text: fit(` ${sanitizeLine(label)}`, nameWidth + 1), token: 'unread'},
						{text: label === topic.name ? '' : ` (${sanitizeLine(topic.name)})`, token: 'text.dim'},
						{text: ` ${topic.terms.map(term => sanitizeLine(term)).join(', ')}`, token: 'text.secondary'},
					];
				}}
				keyOf={topic => topic.name}
				empty={[{text: ` ${topics ? messages.labels.noTopics : messages.labels.loading}`, token: 'text.dim'}]}
			/>
		</Box>
	);
}
