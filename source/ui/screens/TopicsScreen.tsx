// The topic manager: each topic with its terms.

import {Box} from 'ink';
import type {TopicDefinition} from '../../model/topic.js';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import type {Layout} from '../state/layout.js';
import type {ListPosition} from '../state/types.js';
import {fit} from '../text/fit.js';
import {sanitizeLine} from '../text/sanitize.js';

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
				renderRow={topic => [
					{text: fit(` ${sanitizeLine(topic.name)}`, nameWidth + 1), token: 'unread'},
					{text: ` ${topic.terms.map(term => sanitizeLine(term)).join(', ')}`, token: 'text.secondary'},
				]}
				keyOf={topic => topic.name}
				empty={[{text: ` ${topics ? messages.labels.noTopics : messages.labels.loading}`, token: 'text.dim'}]}
			/>
		</Box>
	);
}
