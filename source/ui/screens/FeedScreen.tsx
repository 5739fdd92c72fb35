// One feed's stored articles, newest first, unread ones marked: what newsboat shows on Enter in its feed list.

import {Box} from 'ink';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {useAppContext} from '../hooks/app-context.js';
import type {FeedArticle} from '../../services/app-services.js';
import type {Layout} from '../state/layout.js';
import type {ListPosition} from '../state/types.js';
import {clock} from '../text/age.js';
import {sanitizeLine} from '../../terminal/sanitize.js';
import {shownTitle} from '../text/untitled.js';

interface FeedScreenProperties {
	readonly title: string;
	/** Null while loading. */
	readonly items: FeedArticle[] | null;
	readonly position: ListPosition;
	readonly layout: Layout;
}

export function FeedScreen({title, items, position, layout}: FeedScreenProperties) {
	const {messages, now} = useAppContext();
	const date = now();
	const unread = items?.filter(item => !item.read).length ?? 0;
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView
				line={[
					{text: ` ${sanitizeLine(title)}`, token: 'heading'},
					{text: items ? ` (${items.length}${unread > 0 ? `, ${unread}•` : ''})` : '', token: 'text.secondary'},
				]}
				width={layout.columns}
			/>
			<ListView
				items={items ?? []}
				cursor={position.cursor}
				offset={position.offset}
				height={layout.list}
				width={layout.columns}
				renderRow={item => [
					{text: item.read ? '  ' : ' •', token: 'unread'},
					{text: ` ${clock(item.article.published, date).padStart(12)}  `, token: 'text.secondary'},
					{text: shownTitle(item.article.title, messages), token: item.read ? 'text.dim' : 'unread'},
				]}
				keyOf={item => item.article.id}
				empty={[{text: ` ${items ? messages.labels.feedArticlesEmpty : messages.labels.loading}`, token: 'text.dim'}]}
			/>
		</Box>
	);
}
