// One story as a briefing: headline, summary, key quotes, people, the timeline of reports and topics.

import {useMemo} from 'react';
import type {Story} from '../../model/briefing.js';
import {useAppContext} from '../hooks/app-context.js';
import type {Layout} from '../state/layout.js';
import {storyDocument} from '../state/story-lines.js';
import {DocumentView} from '../components/DocumentView.js';

interface StoryScreenProperties {
	readonly story: Story;
	readonly cursor: number;
	readonly layout: Layout;
}

export function StoryScreen({story, cursor, layout}: StoryScreenProperties) {
	const {messages, now} = useAppContext();
	const width = layout.columns - 2;
	const document = useMemo(() => storyDocument(story, width, messages, now()), [story, width, messages, now]);
	const lines = useMemo(() => document.lines.map(line => [{text: ' '}, ...line]), [document]);
	const index = Math.min(cursor, document.items.length - 1);
	const item = document.items[index];
	return (
		<DocumentView
			lines={lines}
			height={layout.body}
			width={layout.columns}
			selected={item ? {first: item.first, last: item.last} : undefined}
			toEnd={index === document.items.length - 1}
		/>
	);
}
