// Full-text search: the query line and the matching articles with their story and unread mark.

import {Box} from 'ink';
import {ListView} from '../components/ListView.js';
import {LineView} from '../components/LineView.js';
import {WrappedNote} from '../components/WrappedNote.js';
import {useAppContext} from '../hooks/app-context.js';
import {searchRetentionNote} from '../../i18n/index.js';
import type {Layout} from '../state/layout.js';
import type {ListPosition, SearchState} from '../state/types.js';
import {clock} from '../text/age.js';
import {sanitizeLine} from '../../terminal/sanitize.js';
import {shownTitle} from '../text/untitled.js';
import {outletName} from '../text/outlet-name.js';

interface SearchScreenProperties {
	readonly search: SearchState;
	readonly position: ListPosition;
	readonly layout: Layout;
	/** The retention setting: a search that finds nothing says older articles are removed (0: none are). */
	readonly retentionDays?: number;
}

export function SearchScreen({search, position, layout, retentionDays = 0}: SearchScreenProperties) {
	const {messages, now} = useAppContext();
	const date = now();
	// Nothing found may be last month's news, which the retention setting has removed (walk 10 #215).
	const retention = searchRetentionNote(retentionDays, messages);
	const empty = search.results === null ? messages.labels.searchHint : (retention ? `${messages.labels.searchEmpty} ${retention}` : messages.labels.searchEmpty);
	return (
		<Box flexDirection="column" height={layout.body}>
			<LineView
				line={[
					{text: ` ${messages.labels.searchPrompt}`, token: 'accent'},
					// A previous query shown selected (inverse), as a browser's address bar shows it: the next key replaces it.
					{text: search.query, ...(search.editing && search.selected ? {token: 'selection' as const} : {})},
					{text: search.editing ? '▏' : '', token: 'accent'},
					{text: search.editing && search.selected ? `  ${messages.labels.searchReplaceHint}` : '', token: 'text.dim'},
				]}
				width={layout.columns}
			/>
			{/* The hint says how to search (phrases, word beginnings): wrapped, not cut at the terminal's edge. */}
			{(search.results ?? []).length === 0 ? <WrappedNote text={empty} width={layout.columns} height={layout.list}/> : <ListView
				items={search.results ?? []}
				cursor={position.cursor}
				offset={position.offset}
				height={layout.list}
				width={layout.columns}
				focused={!search.editing}
				renderRow={hit => [
					// Unread hits are marked as in a feed's list (newsboat's N flag, walk 13 #257); m flips the mark.
					{text: hit.read ? '  ' : ' •', token: 'unread'},
					{text: ` ${clock(hit.article.published, date).padStart(12)} `, token: 'text.secondary'},
					{text: `${outletName(hit.article.feed)} `, token: 'accent'},
					{text: shownTitle(hit.article.title, messages), ...(hit.read ? {} : {token: 'unread' as const})},
					// The story is named only when it says something the article's title does not.
					{text: hit.storyHeadline && hit.storyHeadline !== hit.article.title ? `  ⟶ ${sanitizeLine(hit.storyHeadline)}` : '', token: 'text.secondary'},
				]}
				keyOf={hit => hit.article.id}
			/>}
		</Box>
	);
}
