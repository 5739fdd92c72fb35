// One story as a briefing: headline, summary, key quotes, people, the timeline of reports and topics.

import {memo} from 'react';
import type {Story} from '../../model/briefing.js';
import {useAppContext} from '../hooks/app-context.js';
import type {Layout} from '../state/layout.js';
import {storyView} from '../state/story-view.js';
import {DocumentView} from '../components/DocumentView.js';

interface StoryScreenProperties {
	readonly story: Story;
	readonly cursor: number;
	/** Changes each time the screen comes into view (see DocumentView). */
	readonly visit: number;
	readonly layout: Layout;
	/** Its reports new since the reader last saw it, marked + (App asks services.storyNews). */
	readonly news?: ReadonlySet<string>;
}

function StoryScreenImpl({story, cursor, visit, layout, news}: StoryScreenProperties) {
	const {messages, now} = useAppContext();
	const {document, lines} = storyView(story, layout.columns, messages, now(), news);
	const index = Math.min(cursor, document.items.length - 1);
	const item = document.items[index];
	return (
		<DocumentView
			lines={lines}
			height={layout.body}
			width={layout.columns}
			selected={item ? {first: item.first, last: item.last} : undefined}
			toEnd={index === document.items.length - 1}
			visit={visit}
		/>
	);
}

// Kept mounted while hidden: a new layout object with the same geometry is no reason to render again.
export const StoryScreen = memo(StoryScreenImpl, (a, b) => a.story === b.story && a.cursor === b.cursor && a.visit === b.visit && a.news === b.news
	&& a.layout.columns === b.layout.columns && a.layout.body === b.layout.body);
