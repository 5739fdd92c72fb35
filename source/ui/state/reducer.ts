// The app's one reducer: pure transitions for navigation, selection, overlays, loaded data and refresh.

import type {UiPosition} from '../../config/ui-position.js';
import type {Article} from '../../model/article.js';
import type {Briefing, Story} from '../../model/briefing.js';
import type {BriefingProgress} from '../../model/briefing-progress.js';
import type {FeedOrder} from '../../model/feed-order.js';
import type {RefreshProgress, RefreshSummary} from '../../model/refresh.js';
import type {TopicDefinition} from '../../model/topic.js';
import type {PeopleInWindow, PeopleWindowName} from '../../briefing/people-window.js';
import type {FeedArticle, FeedRow, ReadCounts, SearchHit, StarredArticle} from '../../services/app-services.js';
import {initialFeedView, shownFeeds} from './feed-view.js';
import {ensureRowsVisible, ensureVisible} from './layout.js';
import {isPeopleList, listKey, storyIdOfList, type ListKey} from './list-keys.js';
import {findStory, isPseudoTopic, selectedStoryIndex, topStoriesTopic, selectedTopicEntry, storyOfScreen, topicEntries} from './selectors.js';
import {sameTarget, storyTargets} from './story-lines.js';
import type {ListPosition, Message, Overlay, Screen, UiState} from './types.js';

export type Movement = {delta: number} | {to: 'top' | 'bottom'};

/** One edit of a one-line text field, applied to the field's current value (typing fast must not lose keys). */
export type TextEdit = {kind: 'insert'; text: string} | {kind: 'backspace'} | {kind: 'clear'} | {kind: 'deleteWord'};

export function applyEdit(value: string, edit: TextEdit): string {
	switch (edit.kind) {
		case 'insert': {
			return value + edit.text;
		}

		case 'backspace': {
			return [...value].slice(0, -1).join('');
		}

		case 'clear': {
			return '';
		}

		case 'deleteWord': {
			return value.replace(/\S+\s*$/, '');
		}
	}
}

export type UiAction =
	| {type: 'resize'; columns: number; rows: number}
	/** keepTopicOrder: the briefing differs from the shown one only in read marks or the unread filter. */
	| {type: 'briefingLoaded'; briefing: Briefing; starred: StarredArticle[]; height: number; keepTopicOrder?: boolean}
	| {type: 'push'; screen: Screen}
	| {type: 'feedArticlesLoaded'; url: string; items: FeedArticle[]}
	/** Articles were marked read or unread: the open feed's list and the search's hits show it (walk 13 #257). */
	| {type: 'articlesRead'; uids: readonly string[]; read: boolean}
	/** Selects a story in the briefing (its topic and its row), as if moved to with the keys. */
	| {type: 'selectStory'; topic: string; storyId: string; height: number}
	/** The position the last session quit at: its story (in its topic, else wherever it is now), else its topic. */
	| {type: 'restorePosition'; position: UiPosition; height: number}
	| {type: 'pop'}
	| {type: 'setPane'; pane: 'topics' | 'stories'}
	| {type: 'move'; list: ListKey; movement: Movement; total: number; height: number}
	| {type: 'moveTopic'; movement: Movement; height: number}
	| {type: 'showTopic'; name: string; height: number}
	/** rowsOf: the rows a story takes when selected (its whole headline); one when absent. */
	| {type: 'moveStory'; movement: Movement; height: number; rowsOf?: (story: Story) => number}
	| {type: 'scroll'; list: ListKey; movement: Movement; total: number; height: number}
	| {type: 'setUnreadOnly'; value: boolean}
	| {type: 'storyNews'; storyId: string; uids: readonly string[]}
	| {type: 'markStories'; storyIds: string[]; unread: boolean}
	| {type: 'openOverlay'; overlay: Overlay}
	| {type: 'closeOverlay'}
	| {type: 'promptEdit'; edit: TextEdit}
	/** A key that keeps a suggested value to edit it (an arrow, Home, End, Ctrl+E). */
	| {type: 'promptKeep'}
	| {type: 'promptError'; error: string}
	| {type: 'articleLoaded'; uid: string; article: Article | null}
	| {type: 'feedsLoaded'; feeds: FeedRow[]}
	| {type: 'readCountsLoaded'; counts: ReadCounts}
	| {type: 'topicsLoaded'; topics: TopicDefinition[]}
	| {type: 'searchEdit'; edit: TextEdit}
	| {type: 'searchEditing'; editing: boolean}
	/** Keeps the selected previous query for refining (an arrow key or Ctrl+E). */
	| {type: 'searchKeepQuery'}
	| {type: 'feedFilterEdit'; edit: TextEdit}
	/** clear: the filter goes too (Esc); without it the filter stays and the keys go back to the list (Enter). */
	| {type: 'feedFiltering'; filtering: boolean; clear?: boolean}
	/** The feed manager's order; the selected feed stays selected. */
	| {type: 'feedOrder'; order: FeedOrder; height: number}
	| {type: 'searchResults'; results: SearchHit[]}
	/** How far the briefing computation has got (null: it ended without a briefing, e.g. failed). */
	| {type: 'briefingProgress'; progress: BriefingProgress | null}
	/** feedUrl: only that feed is refreshed. */
	| {type: 'refreshStarted'; feedUrl?: string}
	| {type: 'refreshProgress'; progress: RefreshProgress}
	| {type: 'refreshFinished'; summary: RefreshSummary | null; at: string}
	/** The last refresh the store remembers (another run, `lagebild refresh`); ignored once this run refreshed. */
	| {type: 'refreshKnown'; at: string; failed: number}
	/** A refresh another process made (store-watch.ts): its time and failures stand unless this run refreshed later. */
	| {type: 'refreshElsewhere'; at: string; failed: number}
	| {type: 'sampleNews'; sample: boolean}
	| {type: 'message'; message: Message | null}
	/** The People screen's window changes: its list starts at the top; a wider one is gathered (peopleWindowLoaded). */
	| {type: 'peopleWindow'; window: PeopleWindowName}
	| {type: 'peopleWindowProgress'; window: PeopleWindowName; progress: {done: number; total: number}}
	/** Ignored unless the window is still the one shown (the user may have pressed on). */
	| {type: 'peopleWindowLoaded'; data: PeopleInWindow};

export function initialState(columns: number, rows: number): UiState {
	return {
		stack: [{kind: 'briefing'}],
		overlay: null,
		columns,
		rows,
		briefing: null,
		starred: [],
		unreadOnly: false,
		sampleNews: false,
		storyNews: null,
		topicOrder: null,
		primaryTopics: [],
		pane: 'stories',
		selectedTopic: null,
		selectedStory: {},
		lists: {},
		articles: {},
		feeds: null,
		readCounts: null,
		feedView: initialFeedView,
		feedArticles: null,
		topics: null,
		search: {query: '', editing: true, selected: false, results: null},
		refresh: {running: false, progress: null, lastAt: null, failedFeeds: 0},
		briefingProgress: null,
		message: null,
	};
}

export function listPosition(state: UiState, list: ListKey): ListPosition {
	return state.lists[list] ?? {cursor: 0, offset: 0};
}

function target(cursor: number, movement: Movement, total: number): number {
	if (total <= 0) {
		return 0;
	}

	if ('to' in movement) {
		return movement.to === 'top' ? 0 : total - 1;
	}

	return Math.max(0, Math.min(total - 1, cursor + movement.delta));
}

function moveList(position: ListPosition, movement: Movement, total: number, height: number): ListPosition {
	const cursor = target(position.cursor, movement, total);
	return {cursor, offset: ensureVisible(position.offset, cursor, height, total)};
}

function withList(state: UiState, list: ListKey, position: ListPosition): UiState {
	return {...state, lists: {...state.lists, [list]: position}};
}

/**
 * A new briefing keeps the selected topic and story by name and id. The story list's offset shifts by as much as
 * the selected story moved, so the selected row stays on the same screen line while new stories arrive above it.
 */
function loadBriefing(state: UiState, briefing: Briefing, starred: StarredArticle[], height: number, keepTopicOrder: boolean): UiState {
	const next: UiState = {
		...state, briefing, starred, briefingProgress: null, topicOrder: keepTopicOrder ? keptTopicOrder(state) : null,
		primaryTopics: state.unreadOnly ? state.primaryTopics : briefing.topics.map(topic => topic.name),
	};
	const entries = topicEntries(next);
	const selectedTopic = entries.some(entry => entry.name === state.selectedTopic) ? state.selectedTopic : (entries[0]?.name ?? null);
	const selectedStory: Record<string, string> = {};
	const lists = {...state.lists};
	for (const entry of entries) {
		const list = listKey.stories(entry.name);
		const previousId = state.selectedStory[entry.name];
		const previousTopic = state.briefing ? topicEntries(state).find(candidate => candidate.name === entry.name) : undefined;
		const oldIndex = previousId && previousTopic ? previousTopic.stories.findIndex(story => story.id === previousId) : -1;
		let newIndex = previousId ? entry.stories.findIndex(story => story.id === previousId) : -1;
		if (oldIndex === 0 && entry.name !== selectedTopic) {
			// A topic out of view still at its first story stays at the top: opened later, it starts with what arrived.
			newIndex = 0;
		} else if (newIndex < 0) {
			// The story is gone: stay at the same position in the list.
			newIndex = Math.min(Math.max(0, oldIndex), entry.stories.length - 1);
		}

		const story = entry.stories[newIndex];
		if (story) {
			selectedStory[entry.name] = story.id;
		}

		const position = lists[list] ?? {cursor: 0, offset: 0};
		const shifted = oldIndex >= 0 ? position.offset + (newIndex - oldIndex) : position.offset;
		lists[list] = {cursor: Math.max(0, newIndex), offset: ensureVisible(Math.max(0, shifted), Math.max(0, newIndex), height, entry.stories.length)};
	}

	const topicIndex = Math.max(0, entries.findIndex(entry => entry.name === selectedTopic));
	const topicPosition = lists.topics ?? {cursor: 0, offset: 0};
	lists.topics = {cursor: topicIndex, offset: ensureVisible(topicPosition.offset, topicIndex, height, entries.length)};
	return {...next, selectedTopic, selectedStory, lists: followStoryRows(state, {...next, lists})};
}

function selectBriefingStory(state: UiState, topic: string, storyId: string, height: number): UiState {
	const entries = topicEntries(state);
	const topicIndex = entries.findIndex(entry => entry.name === topic);
	const storyIndex = entries[topicIndex]?.stories.findIndex(story => story.id === storyId) ?? -1;
	if (topicIndex < 0 || storyIndex < 0) {
		return state;
	}

	const list = listKey.stories(topic);
	const stories = entries[topicIndex]!.stories.length;
	const topics = listPosition(state, 'topics');
	const position = listPosition(state, list);
	return {
		...state,
		selectedTopic: topic,
		selectedStory: {...state.selectedStory, [topic]: storyId},
		lists: {
			...state.lists,
			topics: {cursor: topicIndex, offset: ensureVisible(topics.offset, topicIndex, height, entries.length)},
			[list]: {cursor: storyIndex, offset: ensureVisible(position.offset, storyIndex, height, stories)},
		},
	};
}

/** `next` with the feed list's cursor on the feed selected in `before` (the first row when it is not listed). */
function keepSelectedFeed(before: UiState, next: UiState, height: number): UiState {
	const shownBefore = shownFeeds(before.feeds ?? [], before.feedView);
	const url = shownBefore[listPosition(before, 'feeds').cursor]?.config.url;
	const shown = shownFeeds(next.feeds ?? [], next.feedView);
	const cursor = Math.max(0, shown.findIndex(feed => feed.config.url === url));
	const rows = Math.min(height, shown.length);
	// As near the top as the cursor allows: failing first shows the failing feeds, not the middle of the list.
	return withList(next, 'feeds', {cursor, offset: ensureVisible(0, cursor, rows, shown.length)});
}

function restorePosition(withOrder: UiState, position: UiPosition, height: number): UiState {
	const state = position.feedOrder ? {...withOrder, feedView: {...withOrder.feedView, order: position.feedOrder}} : withOrder;
	const entries = topicEntries(state);
	const topic = entries.find(entry => entry.name === position.topic);
	const {story} = position;
	const holds = (entry: {stories: Story[]}) => entry.stories.some(candidate => candidate.id === story);
	let holder = topic && holds(topic) ? topic : undefined;
	// A refresh may have ranked the story under another topic first since: it is still the story the reader had. Not
	// so from the top stories: a story that left them (by the next morning) is no reason to open its topic instead.
	if (!holder && story !== undefined && topic?.name !== topStoriesTopic) {
		holder = entries.find(entry => !isPseudoTopic(entry.name) && holds(entry));
	}

	if (holder && story !== undefined) {
		return {...selectBriefingStory(state, holder.name, story, height), pane: position.pane};
	}

	const first = topic?.stories[0];
	if (topic && first) {
		return {...selectBriefingStory(state, topic.name, first.id, height), pane: position.pane};
	}

	return state;
}

/** The topic order shown now, with the topics the kept order knew and the list does not show (filtered out) kept too. */
function keptTopicOrder(state: UiState): string[] | null {
	if (!state.briefing) {
		return state.topicOrder;
	}

	const shown = topicEntries(state).map(entry => entry.name).filter(name => !isPseudoTopic(name));
	if (!state.topicOrder) {
		return shown;
	}

	const known = new Set(state.topicOrder);
	return [...state.topicOrder, ...shown.filter(name => !known.has(name))];
}

/** The story a listKey.story(id) list belongs to in a state: the open screen's (which falls back to its snapshot), else the briefing's. */
function storyOfList(state: UiState, id: string): Story | undefined {
	const screen = state.stack.find((candidate): candidate is Extract<Screen, {kind: 'story'}> => candidate.kind === 'story' && candidate.storyId === id);
	return screen ? storyOfScreen(state, screen) : findStory(state, id);
}

/*
 * A story's cursor is an index into its openable rows (storyTargets). A new briefing may list the story's quotes and
 * reports in another order or add some above, so each story's cursor follows its row (same article, same quote) to
 * the row's new index; a row that is gone keeps the index, clamped to the rows. The story screen is laid out whole
 * (its list's height is its length), so the offset is only kept within range.
 */
function followStoryRows(previous: UiState, next: UiState): UiState['lists'] {
	const lists = {...next.lists};
	for (const [list, position] of Object.entries(next.lists)) {
		const id = storyIdOfList(list);
		if (id === undefined || !position) {
			continue;
		}

		const oldStory = storyOfList(previous, id);
		const newStory = storyOfList(next, id);
		if (!oldStory || !newStory || oldStory === newStory) {
			continue;
		}

		const oldTargets = storyTargets(oldStory);
		const newTargets = storyTargets(newStory);
		const selected = oldTargets[Math.min(position.cursor, oldTargets.length - 1)];
		const found = selected ? newTargets.findIndex(candidate => sameTarget(candidate, selected)) : -1;
		const cursor = found >= 0 ? found : Math.max(0, Math.min(position.cursor, newTargets.length - 1));
		lists[listKey.story(id)] = {cursor, offset: ensureVisible(position.offset, cursor, newTargets.length, newTargets.length)};
	}

	return lists;
}

function markStories(state: UiState, ids: Set<string>, unread: boolean): UiState {
	if (!state.briefing) {
		return state;
	}

	const topics = state.briefing.topics.map(topic => ({
		...topic,
		stories: topic.stories.map(story => (ids.has(story.id) ? {...story, unread, isNew: unread && story.isNew} : story)),
	}));
	return {...state, briefing: {...state.briefing, topics}};
}

export function reducer(state: UiState, action: UiAction): UiState {
	switch (action.type) {
		case 'resize': {
			return {...state, columns: action.columns, rows: action.rows};
		}

		case 'briefingLoaded': {
			return loadBriefing(state, action.briefing, action.starred, action.height, action.keepTopicOrder === true || action.briefing === state.briefing);
		}

		case 'feedArticlesLoaded': {
			return {...state, feedArticles: {url: action.url, items: action.items}};
		}

		case 'articlesRead': {
			const uids = new Set(action.uids);
			/** The list with those articles marked; the same list when none of them changes. */
			const marked = <T extends {article: {id: string}; read: boolean}>(items: T[]): T[] => (items.some(item => uids.has(item.article.id) && item.read !== action.read)
				? items.map(item => (uids.has(item.article.id) ? {...item, read: action.read} : item))
				: items);
			const {feedArticles, search} = state;
			const feedList = feedArticles && {...feedArticles, items: marked(feedArticles.items)};
			const results = search.results && marked(search.results);
			const feedChanged = feedList !== null && feedList.items !== feedArticles?.items;
			if (!feedChanged && results === search.results) return state;
			return {...state, ...(feedChanged ? {feedArticles: feedList} : {}), ...(results === search.results ? {} : {search: {...search, results}})};
		}

		case 'selectStory': {
			return selectBriefingStory(state, action.topic, action.storyId, action.height);
		}

		case 'restorePosition': {
			return restorePosition(state, action.position, action.height);
		}

		case 'push': {
			return {...state, stack: [...state.stack, action.screen], overlay: null};
		}

		case 'pop': {
			return state.stack.length > 1 ? {...state, stack: state.stack.slice(0, -1)} : state;
		}

		case 'setPane': {
			return {...state, pane: action.pane};
		}

		case 'move': {
			return withList(state, action.list, moveList(listPosition(state, action.list), action.movement, action.total, action.height));
		}

		case 'moveTopic': {
			const entries = topicEntries(state);
			const position = moveList(listPosition(state, 'topics'), action.movement, entries.length, action.height);
			const entry = entries[position.cursor];
			return {...withList(state, 'topics', position), selectedTopic: entry?.name ?? state.selectedTopic};
		}

		case 'showTopic': {
			// Back to the briefing with this topic selected (when it has stories in the briefing).
			const entries = topicEntries(state);
			const index = entries.findIndex(entry => entry.name === action.name);
			const home = {...state, stack: state.stack.slice(0, 1), overlay: null};
			if (index < 0) {
				return home;
			}

			const position = listPosition(state, 'topics');
			return {
				...withList(home, 'topics', {cursor: index, offset: ensureVisible(position.offset, index, action.height, entries.length)}),
				selectedTopic: action.name,
				pane: 'stories',
			};
		}

		case 'moveStory': {
			const entry = selectedTopicEntry(state);
			if (!entry || entry.stories.length === 0) {
				return state;
			}

			// The window's first story is the one shown: it moves only when the cursor's rows would leave it (StoryList).
			const list = listKey.stories(entry.name);
			const rowsOf = (index: number) => (action.rowsOf && entry.stories[index] ? action.rowsOf(entry.stories[index]) : 1);
			const from = selectedStoryIndex(state, entry);
			const shown = ensureRowsVisible(listPosition(state, list).offset, from, rowsOf(from), action.height);
			const cursor = target(from, action.movement, entry.stories.length);
			const position = {cursor, offset: ensureRowsVisible(shown, cursor, rowsOf(cursor), action.height)};
			const story = entry.stories[position.cursor];
			return {
				...withList(state, list, position),
				selectedStory: story ? {...state.selectedStory, [entry.name]: story.id} : state.selectedStory,
			};
		}

		case 'scroll': {
			const position = listPosition(state, action.list);
			const max = Math.max(0, action.total - action.height);
			const offset = 'to' in action.movement
				? (action.movement.to === 'top' ? 0 : max)
				: Math.max(0, Math.min(max, position.offset + action.movement.delta));
			return withList(state, action.list, {cursor: offset, offset});
		}

		case 'setUnreadOnly': {
			return {...state, unreadOnly: action.value};
		}

		case 'storyNews': {
			return {...state, storyNews: {storyId: action.storyId, uids: action.uids}};
		}

		case 'markStories': {
			return markStories(state, new Set(action.storyIds), action.unread);
		}

		case 'openOverlay': {
			return {...state, overlay: action.overlay};
		}

		case 'closeOverlay': {
			return {...state, overlay: null};
		}

		case 'promptEdit': {
			// A suggested value is replaced by what is typed (typed after it, '~/x.opml' became '~/lagebild-feeds.opml~/x.opml').
			return state.overlay?.kind === 'prompt'
				? {...state, overlay: {...state.overlay, value: applyEdit(state.overlay.selected ? '' : state.overlay.value, action.edit), error: undefined, selected: false}}
				: state;
		}

		case 'promptKeep': {
			return state.overlay?.kind === 'prompt' && state.overlay.selected ? {...state, overlay: {...state.overlay, selected: false}} : state;
		}

		case 'promptError': {
			return state.overlay?.kind === 'prompt' ? {...state, overlay: {...state.overlay, error: action.error}} : state;
		}

		case 'articleLoaded': {
			return {...state, articles: {...state.articles, [action.uid]: action.article}};
		}

		case 'feedsLoaded': {
			// A failing feed deleted or switched off no longer counts in the status bar's "· 4 failed" of the last refresh.
			const failingNow = action.feeds.filter(row => row.config.enabled && row.state?.status === 'error').length;
			const failedFeeds = state.refresh.running ? state.refresh.failedFeeds : Math.min(state.refresh.failedFeeds, failingNow);
			return {...state, feeds: action.feeds, refresh: failedFeeds === state.refresh.failedFeeds ? state.refresh : {...state.refresh, failedFeeds}};
		}

		case 'readCountsLoaded': {
			return {...state, readCounts: action.counts};
		}

		case 'topicsLoaded': {
			return {...state, topics: action.topics};
		}

		case 'searchEdit': {
			// A selected query is replaced by what is typed, and removed as a whole by a deleting key.
			const query = state.search.selected ? applyEdit('', action.edit) : applyEdit(state.search.query, action.edit);
			return {...state, search: {...state.search, query, selected: false}};
		}

		case 'searchEditing': {
			const selected = action.editing && state.search.query !== '';
			return {...state, search: {...state.search, editing: action.editing, selected}};
		}

		case 'searchKeepQuery': {
			return state.search.selected ? {...state, search: {...state.search, selected: false}} : state;
		}

		case 'feedFilterEdit': {
			const filter = applyEdit(state.feedView.filter, action.edit);
			// The list changes under the cursor with each key: the best match is the first row.
			return {...withList(state, 'feeds', {cursor: 0, offset: 0}), feedView: {...state.feedView, filter}};
		}

		case 'feedFiltering': {
			const filter = action.clear ? '' : state.feedView.filter;
			const next = {...state, feedView: {...state.feedView, filtering: action.filtering, filter}};
			return filter === state.feedView.filter ? next : keepSelectedFeed(state, next, Number.MAX_SAFE_INTEGER);
		}

		case 'feedOrder': {
			return keepSelectedFeed(state, {...state, feedView: {...state.feedView, order: action.order}}, action.height);
		}

		case 'searchResults': {
			return {...state, search: {...state.search, results: action.results, editing: false}, lists: {...state.lists, search: {cursor: 0, offset: 0}}};
		}

		case 'refreshStarted': {
			const {target: _target, ...refresh} = state.refresh;
			return {...state, refresh: {...refresh, running: true, progress: null, done: [], ...(action.feedUrl ? {target: action.feedUrl} : {})}};
		}

		case 'briefingProgress': {
			return {...state, briefingProgress: action.progress};
		}

		case 'refreshProgress': {
			const last = action.progress.last?.url;
			const done = last ? [...(state.refresh.done ?? []), last] : state.refresh.done;
			return {...state, refresh: {...state.refresh, progress: action.progress, ...(done ? {done} : {})}};
		}

		case 'refreshFinished': {
			// A refresh that fetched no feed (offline) leaves the last real one standing.
			const fetchedNothing = action.summary?.results.length === 0;
			// One feed that answered, and the briefing computed next is the reader's own news, not the snapshots.
			const answered = (action.summary?.ok ?? 0) + (action.summary?.notModified ?? 0) > 0;
			// The store's own last refresh, if it arrived meanwhile, is the one left standing then (its failures included).
			const standing = fetchedNothing && !state.refresh.lastAt && state.refresh.known
				? {lastAt: state.refresh.known.at, failedFeeds: state.refresh.known.failed}
				: {lastAt: state.refresh.lastAt, failedFeeds: state.refresh.failedFeeds};
			return {...state, sampleNews: state.sampleNews && !answered, refresh: {running: false, progress: state.refresh.progress, ended: true, ...(fetchedNothing ? standing : {lastAt: action.at, failedFeeds: action.summary?.failed ?? 0})}};
		}

		case 'refreshKnown': {
			if (state.refresh.lastAt) {
				return state;
			}

			if (state.refresh.running) {
				return {...state, refresh: {...state.refresh, known: {at: action.at, failed: action.failed}}};
			}

			return {...state, refresh: {...state.refresh, lastAt: action.at, failedFeeds: action.failed}};
		}

		case 'refreshElsewhere': {
			if (state.refresh.running || (state.refresh.lastAt !== null && Date.parse(state.refresh.lastAt) >= Date.parse(action.at))) {
				return state;
			}

			return {...state, refresh: {...state.refresh, lastAt: action.at, failedFeeds: action.failed}};
		}

		case 'sampleNews': {
			return {...state, sampleNews: action.sample};
		}

		case 'message': {
			return {...state, message: action.message};
		}

		case 'peopleWindow': {
			const lists = Object.fromEntries(Object.entries(state.lists).filter(([name]) => !isPeopleList(name)));
			return {...state, lists, peopleWindow: {window: action.window, data: null, progress: null}};
		}

		case 'peopleWindowProgress': {
			if (state.peopleWindow?.window !== action.window || state.peopleWindow.data) return state;
			return {...state, peopleWindow: {...state.peopleWindow, progress: action.progress}};
		}

		case 'peopleWindowLoaded': {
			if (state.peopleWindow?.window !== action.data.window) return state;
			return {...state, peopleWindow: {window: action.data.window, data: action.data, progress: null}};
		}
	}
}
