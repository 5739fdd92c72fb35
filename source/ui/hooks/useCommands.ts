// What each action does on each screen: navigation through the reducer, side effects through AppServices.

import {feedUrlKey, typedFeedUrl, typedWithoutScheme} from '../../config/feed-url.js';
import {resolveUserPath} from '../../config/user-path.js';
import {useApp} from 'ink';
import {useCallback, useRef, type Dispatch, type RefObject} from 'react';
import type {Story} from '../../model/briefing.js';
import type {TopicDefinition} from '../../model/topic.js';
import {errorInLanguage} from '../../i18n/error-texts.js';
import {format, topicLabel, type Messages} from '../../i18n/index.js';
import {refreshDoneText} from '../../i18n/refresh-done.js';
import {peopleWindows} from '../../briefing/people-window-name.js';
import type {Action} from '../keys/keymap.js';
import type {AppServices, FeedRow, RefreshTarget} from '../services.js';
import type {RefreshSummary} from '../../model/refresh.js';
import {nextFeedOrder, shownFeeds} from '../state/feed-view.js';
import {layoutFor, type Layout} from '../state/layout.js';
import {isStarredStory, listKey} from '../state/list-keys.js';
import {positionOf, selectionOf, type PositionKeeper} from '../state/position.js';
import type {StartBriefing} from '../state/start-state.js';
import {quoteLink} from '../text/quote-link.js';
import {listPosition, type Movement, type UiAction} from '../state/reducer.js';
import {
	currentScreen, feedTitle, findStory, peopleOf, storyOfScreen, quotesOf, selectedStoryIndex, selectedTopicEntry, starredTopic, topicEntries,
} from '../state/selectors.js';
import {sameTarget, type StoryTarget} from '../state/story-lines.js';
import {readerView} from '../state/reader-view.js';
import {storyView} from '../state/story-view.js';
import type {Message, PromptPurpose, Screen, UiState} from '../state/types.js';

export interface Commands {
	run(action: Action): void;
	submitPrompt(): void;
	confirm(): void;
	runSearch(): void;
	reloadBriefing(unreadOnly?: boolean, keepTopicOrder?: boolean): Promise<void>;
	/** Start-up: the briefing, showing the stored one at once (marked as loading while a stale one is replaced). */
	loadInitialBriefing(): Promise<void>;
	/** background: a refresh nobody asked for now (the timer, the start) keeps the topic order on screen. */
	startRefresh(target: RefreshTarget, options?: {background?: boolean}): void;
	loadArticle(uid: string, quote?: string): void;
}

function errorText(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function splitList(value: string): string[] {
	return value.split(',').map(part => part.trim()).filter(Boolean);
}


interface CommandDeps {
	services: AppServices;
	stateRef: RefObject<UiState>;
	dispatch: Dispatch<UiAction>;
	messages: Messages;
	now: () => Date;
	/** Where the last session quit (restored at start) and where this one's position goes on quit. */
	position?: PositionKeeper;
	/** The stored briefing read before the first render, which shows it with the position restored (startState). */
	startBriefing?: StartBriefing;
}

/** How long a background refresh's summary stays on the status row. */
export const backgroundNoteMs = 6000;

export function useCommands({services, stateRef, dispatch, messages, now, position, startBriefing}: CommandDeps): Commands {
	const {exit} = useApp();
	const state = () => stateRef.current;
	// Not UI state (nothing draws it): whether the running refresh is the timer's, and a refresh R asked for meanwhile.
	const refreshRuns = useRef<{background: boolean; asked?: RefreshTarget}>({background: false}).current;
	const layout = (): Layout => layoutFor(state().columns, state().rows);
	const info = (text: string) => {
		dispatch({type: 'message', message: {text, level: 'info'}});
	};

	/**
	 * A message on the status row. A background refresh's leaves it again (expire): one every minute kept its summary
	 * on the row until the next key, so the row said "6 feeds ok, 2 failed, 1 new article" all day.
	 */
	const say = (message: Message) => {
		dispatch({type: 'message', message});
		return message;
	};

	/** Clears `message` after backgroundNoteMs unless another took its place (a key clears it sooner). */
	const expire = (message: Message | undefined) => {
		if (!message) return;
		const timer = setTimeout(() => {
			if (state().message === message) dispatch({type: 'message', message: null});
		}, backgroundNoteMs);
		timer.unref?.();
	};

	const fail = (error: unknown) => {
		dispatch({type: 'message', message: {text: format(messages.errors.failed, {message: errorInLanguage(errorText(error), messages)}), level: 'error'}});
	};

	const reloadBriefing = useCallback(async (unreadOnly = stateRef.current.unreadOnly, keepTopicOrder = false) => {
		// A computation that takes a while reports its progress (throttled by the services), shown until the briefing is loaded.
		const stopListening = services.onBriefingProgress(progress => {
			dispatch({type: 'briefingProgress', progress});
		});
		try {
			const [briefing, starred] = await Promise.all([services.getBriefing({unreadOnly}), services.listStarred()]);
			dispatch({type: 'briefingLoaded', briefing, starred, height: layoutFor(stateRef.current.columns, stateRef.current.rows).list, keepTopicOrder});
		} finally {
			stopListening();
			if (stateRef.current.briefingProgress) {
				dispatch({type: 'briefingProgress', progress: null});
			}
		}
	}, [services, stateRef, dispatch]);

	const loadInitialBriefing = async () => {
		// The stored briefing may lack the story the last session quit on and the computed one have it: restore after
		// each, but never once the reader has moved, and not again once the story was found.
		let restored: {selection: string; found: boolean} | undefined;
		// `applied`: the first render restored it already (startState).
		const restorePosition = (applied = false) => {
			const wanted = position?.initial;
			if (!wanted || restored?.found || (restored && restored.selection !== selectionOf(state()))) {
				return;
			}

			if (!applied) dispatch({type: 'restorePosition', position: wanted, height: layout().list});
			const after = positionOf(state());
			restored = {selection: selectionOf(state()), found: after?.story !== undefined && after.story === wanted.story};
		};

		const unreadOnly = stateRef.current.unreadOnly;
		const cached = startBriefing ?? await services.cachedBriefing({unreadOnly});
		if (startBriefing) {
			restorePosition(true);
		} else if (cached) {
			const starred = await services.listStarred();
			dispatch({type: 'briefingLoaded', briefing: cached.briefing, starred, height: layout().list});
			restorePosition();
		}

		if (cached) {
			if (cached.fresh) {
				return;
			}

			info(messages.labels.loading);
		}

		await reloadBriefing(unreadOnly);
		restorePosition();
		if (cached && state().message?.text === messages.labels.loading) {
			dispatch({type: 'message', message: null});
		}
	};

	const reloadFeeds = async () => {
		dispatch({type: 'feedsLoaded', feeds: await services.listFeeds()});
	};

	const reloadTopics = async () => {
		dispatch({type: 'topicsLoaded', topics: await services.listTopics()});
	};

	const reloadStarred = async () => {
		const current = state();
		if (current.briefing) {
			dispatch({type: 'briefingLoaded', briefing: current.briefing, starred: await services.listStarred(), height: layout().list});
		}
	};

	const startRefresh = (target: RefreshTarget, options: {background?: boolean} = {}) => {
		// The reducer's flag is the one answer to "is a refresh running?", and the status row shows it: a refresh runs
		// until the briefing, the feeds and the feed shown have been reloaded after it (a regroup can take seconds).
		// Timer refreshes do not pile up behind a slow regroup.
		if (state().refresh.running) {
			if (options.background === true) return;
			// R while the timer's refresh runs: that one is polite (it skips fresh and failing feeds) and says nothing,
			// so R's own runs after it, with its summary — R pressed at the wrong moment was refused.
			if (refreshRuns.background) {
				refreshRuns.asked = target;
				return;
			}

			info(messages.status.alreadyRefreshing);
			return;
		}

		refreshRuns.background = options.background === true;

		dispatch({type: 'refreshStarted', ...(target.feedUrl ? {feedUrl: target.feedUrl} : {})});
		if (!state().feeds) {
			// The status bar names the last feeds a refresh waits for: it needs their titles.
			reloadFeeds().catch(() => undefined);
		}

		void (async () => {
			const background = options.background === true;
			let fetched: {summary: RefreshSummary; at: string} | undefined;
			try {
				// A background refresh is also polite: failing, gone and fresh feeds wait (feeds/schedule.ts).
				const summary = await services.refresh(background ? {...target, background: true} : target, progress => {
					dispatch({type: 'refreshProgress', progress});
				});
				fetched = {summary, at: now().toISOString()};
				// A background refresh every few minutes reordered the topics under the reader (ranks follow the clock
				// even when nothing arrived); R, asked for, shows the new order.
				await reloadBriefing(undefined, background);
				if (state().feeds) {
					await reloadFeeds();
				}

				const top = currentScreen(state());
				if (top.kind === 'feed') {
					await reloadFeedArticles(top.url);
				}

				dispatch({type: 'refreshFinished', summary, at: fetched.at});
				let note: Message | undefined;
				if (summary.results.length > 0 && summary.failed === summary.results.length) {
					note = say({text: format(messages.status.allFailed, {n: summary.failed}), level: 'error'});
				} else if (background && summary.newArticles === 0 && summary.failed === 0 && !summary.skippedOld) {
					// Nothing to tell (newsboat says nothing either): the row's "refreshed 14:02" shows that it ran.
				} else {
					note = say({text: summary.results.length === 0
						? (services.offline() ? messages.status.nothingFetchedOffline : messages.status.nothingFetchedDisabled)
						: refreshDoneText(summary, messages, services.settings().retentionDays), level: 'info'});
				}

				// A background refresh's summary goes a few seconds after the stories it speaks of are on screen.
				if (background) expire(note);
				// A wider People window shown follows what arrived (gathered again off the UI thread; the list stays meanwhile).
				const shown = state().peopleWindow;
				if (summary.newArticles > 0 && shown?.data && shown.window !== 'briefing') {
					services.peopleWindow(shown.window).then(data => {
						dispatch({type: 'peopleWindowLoaded', data});
					}, fail);
				}
			} catch (error) {
				// The feeds were fetched even when a reload after it failed: the row says when, and how many failed.
				dispatch({type: 'refreshFinished', summary: fetched?.summary ?? null, at: fetched?.at ?? now().toISOString()});
				fail(error);
			}

			refreshRuns.background = false;
			const asked = refreshRuns.asked;
			refreshRuns.asked = undefined;
			if (asked) startRefresh(asked);
		})();
	};

	const loadArticle = (uid: string, quote?: string) => {
		void (async () => {
			try {
				const article = (await services.getArticle(uid)) ?? null;
				dispatch({type: 'articleLoaded', uid, article});
				if (article && quote) {
					const current = state();
					const document = readerView(current, article, layout().readerWidth, messages, now(), services.offline());
					const row = document.quoteRows.get(quote);
					if (row !== undefined) {
						dispatch({type: 'scroll', list: listKey.reader(uid), movement: {delta: Math.max(0, row - 2)}, total: document.lines.length, height: layout().body});
					}
				}
			} catch (error) {
				fail(error);
			}
		})();
	};

	const pushSingleton = (screen: Screen) => {
		// Manager screens are not stacked twice: going to one already open just shows it.
		const index = state().stack.findIndex(candidate => candidate.kind === screen.kind);
		if (index >= 0) {
			for (let i = state().stack.length - 1; i > index; i--) {
				dispatch({type: 'pop'});
			}

			return;
		}

		dispatch({type: 'push', screen});
	};

	const openStory = (story: Story) => {
		dispatch({type: 'push', screen: {kind: 'story', storyId: story.id, snapshot: story}});
		if (story.unread) {
			dispatch({type: 'markStories', storyIds: [story.id], unread: false});
			services.markRead(story.articles.map(article => article.id), true).catch(fail);
		}
	};

	/**
	 * The next unread story after the one open (in the list: from the selected one on): later in its topic, else in the
	 * topics below, else from the top (newsboat's n). It replaces the story (and article) on screen, so Esc still leads
	 * back to the list.
	 */
	const openNextUnread = () => {
		const current = state();
		const entries = topicEntries(current).filter(entry => entry.name !== starredTopic);
		const topicIndex = Math.max(0, entries.findIndex(entry => entry.name === selectedTopicEntry(current)?.name));
		const ordered = [...entries.slice(topicIndex), ...entries.slice(0, topicIndex)];
		// In the list the selected story itself comes first; from a story or article, the one after it.
		const selectedIndex = (entries[topicIndex] ? selectedStoryIndex(current, entries[topicIndex]) : 0) - (currentScreen(current).kind === 'briefing' ? 1 : 0);
		let next: {topic: string; story: Story} | undefined;
		for (const [position, entry] of ordered.entries()) {
			const from = position === 0 ? selectedIndex + 1 : 0;
			const story = entry.stories.slice(from).find(candidate => candidate.unread);
			if (story) {
				next = {topic: entry.name, story};
				break;
			}
		}

		next ??= (() => {
			// Wrapped round to the selected topic: its stories above the selection.
			const story = entries[topicIndex]?.stories.slice(0, Math.max(0, selectedIndex + 1)).find(candidate => candidate.unread);
			return story && entries[topicIndex] ? {topic: entries[topicIndex].name, story} : undefined;
		})();
		if (!next) {
			info(messages.done.noMoreUnread);
			return;
		}

		for (const screen of [...current.stack].reverse()) {
			if (screen.kind !== 'story' && screen.kind !== 'reader') {
				break;
			}

			dispatch({type: 'pop'});
		}

		dispatch({type: 'selectStory', topic: next.topic, storyId: next.story.id, height: layout().list});
		openStory(next.story);
	};

	/**
	 * After one article was marked read or unread (reader, search, a feed's list): its story in the briefing is unread
	 * while any of its articles is, so the lists and counts say so before the next briefing is loaded.
	 */
	const syncStoryOf = async (uid: string) => {
		const story = state().briefing?.topics.flatMap(topic => topic.stories).find(candidate => candidate.articles.some(article => article.id === uid));
		if (!story) {
			return;
		}

		const read = await Promise.all(story.articles.map(async article => services.isRead(article.id)));
		const unread = read.some(flag => !flag);
		if (unread !== story.unread) {
			dispatch({type: 'markStories', storyIds: [story.id], unread});
		}
	};

	const openArticle = (uid: string, quote?: string) => {
		dispatch({type: 'push', screen: quote ? {kind: 'reader', uid, quote} : {kind: 'reader', uid}});
		if (state().articles[uid] === undefined) {
			loadArticle(uid, quote);
		}

		services.markRead([uid], true).then(async () => syncStoryOf(uid)).catch(fail);
	};

	const selectedStory = (): Story | undefined => {
		const screen = currentScreen(state());
		if (screen.kind === 'story') {
			return storyOfScreen(state(), screen);
		}

		const entry = selectedTopicEntry(state());
		return entry?.stories[selectedStoryIndex(state(), entry)];
	};

	const storyTarget = (): StoryTarget | undefined => {
		const screen = currentScreen(state());
		if (screen.kind !== 'story') {
			return undefined;
		}

		const story = storyOfScreen(state(), screen);
		if (!story) {
			return undefined;
		}

		const {document} = storyView(story, layout().columns, messages, now());
		return document.items[Math.min(listPosition(state(), listKey.story(story.id)).cursor, document.items.length - 1)]?.target;
	};

	/** The article the current selection points at: reader, selected report in a story, search hit, story's newest. */
	const selectedArticle = (): {uid: string; url: string} | undefined => {
		const current = state();
		const screen = currentScreen(current);
		switch (screen.kind) {
			case 'reader': {
				const article = current.articles[screen.uid];
				return {uid: screen.uid, url: article?.url ?? ''};
			}

			case 'story': {
				const target = storyTarget();
				// On a quote: the article at the quote, as Enter opens the reader there.
				return target ? {uid: target.uid, url: target.kind === 'quote' ? quoteLink(target.url, target.text) : target.url} : undefined;
			}

			case 'search': {
				const hit = current.search.results?.[listPosition(current, 'search').cursor];
				return hit ? {uid: hit.article.id, url: hit.article.url} : undefined;
			}

			case 'feed': {
				const item = selectedFeedArticle();
				return item ? {uid: item.article.id, url: item.article.url} : undefined;
			}

			case 'briefing': {
				const story = selectedStory();
				const newest = story?.articles.at(-1);
				return newest ? {uid: newest.id, url: newest.url} : undefined;
			}

			case 'person': {
				// A person's quote: the article it was said in.
				const item = quotesOf(current, screen.name)[listPosition(current, listKey.person(screen.name)).cursor];
				const story = item ? findStory(current, item.storyId) : undefined;
				const article = story?.articles.find(candidate => candidate.id === item?.quote.articleId);
				return item ? {uid: item.quote.articleId, url: quoteLink(article?.url ?? item.url ?? '', item.quote.text)} : undefined;
			}

			default: {
				return undefined;
			}
		}
	};

	const move = (movement: Movement) => {
		const current = state();
		const screen = currentScreen(current);
		const geometry = layout();
		switch (screen.kind) {
			case 'briefing': {
				dispatch(current.pane === 'topics' ? {type: 'moveTopic', movement, height: geometry.list} : {type: 'moveStory', movement, height: geometry.list});
				break;
			}

			case 'story': {
				const story = storyOfScreen(current, screen);
				if (story) {
					const total = storyView(story, geometry.columns, messages, now()).document.items.length;
					dispatch({type: 'move', list: listKey.story(story.id), movement, total, height: total});
				}

				break;
			}

			case 'reader': {
				const article = current.articles[screen.uid];
				if (article) {
					const total = readerView(current, article, geometry.readerWidth, messages, now(), services.offline()).lines.length;
					dispatch({type: 'scroll', list: listKey.reader(screen.uid), movement, total, height: geometry.body});
				}

				break;
			}

			case 'feeds': {
				dispatch({type: 'move', list: 'feeds', movement, total: listedFeeds(current).length, height: geometry.feedsList});
				break;
			}

			case 'feed': {
				const total = current.feedArticles?.url === screen.url ? current.feedArticles.items.length : 0;
				dispatch({type: 'move', list: listKey.feed(screen.url), movement, total, height: geometry.list});
				break;
			}

			case 'topics': {
				dispatch({type: 'move', list: 'topicsMgr', movement, total: current.topics?.length ?? 0, height: geometry.list});
				break;
			}

			case 'people': {
				dispatch({type: 'move', list: 'people', movement, total: peopleOf(current).length, height: geometry.list});
				break;
			}

			case 'person': {
				dispatch({type: 'move', list: listKey.person(screen.name), movement, total: quotesOf(current, screen.name).length, height: geometry.list});
				break;
			}

			case 'search': {
				dispatch({type: 'move', list: 'search', movement, total: current.search.results?.length ?? 0, height: geometry.list});
				break;
			}
		}
	};

	const pageSize = () => {
		const screen = currentScreen(state());
		const geometry = layout();
		if (screen.kind === 'reader') {
			return Math.max(1, geometry.body - 2);
		}

		if (screen.kind === 'story') {
			return 5;
		}

		return Math.max(1, (screen.kind === 'feeds' ? geometry.feedsList : geometry.list) - 1);
	};

	const open = () => {
		const current = state();
		const screen = currentScreen(current);
		switch (screen.kind) {
			case 'briefing': {
				if (current.pane === 'topics') {
					dispatch({type: 'setPane', pane: 'stories'});
					return;
				}

				const story = selectedStory();
				if (story) {
					openStory(story);
				}

				return;
			}

			case 'story': {
				const target = storyTarget();
				if (target) {
					openArticle(target.uid, target.kind === 'quote' ? target.text : undefined);
				}

				return;
			}

			case 'people': {
				const person = peopleOf(current)[listPosition(current, 'people').cursor];
				if (person) {
					dispatch({type: 'push', screen: {kind: 'person', name: person.name}});
				}

				return;
			}

			case 'person': {
				const item = quotesOf(current, screen.name)[listPosition(current, listKey.person(screen.name)).cursor];
				const story = item ? findStory(current, item.storyId) : undefined;
				if (story && item) {
					openStory(story);
					// The story opens on the quote chosen, not on its first key quote (another speaker's, often).
					const {items} = storyView(story, layout().columns, messages, now()).document;
					const index = items.findIndex(entry => sameTarget(entry.target, {kind: 'quote', uid: item.quote.articleId, text: item.quote.text, url: ''}));
					if (index > 0) {
						dispatch({type: 'move', list: listKey.story(story.id), movement: {to: 'top'}, total: items.length, height: items.length});
						dispatch({type: 'move', list: listKey.story(story.id), movement: {delta: index}, total: items.length, height: items.length});
					}
				} else if (item) {
					// A wider window's quote from an article no story of the briefing holds: the article, at the quote.
					openArticle(item.quote.articleId, item.quote.text);
				}

				return;
			}

			case 'search': {
				const hit = current.search.results?.[listPosition(current, 'search').cursor];
				const story = hit?.storyId ? findStory(current, hit.storyId) : undefined;
				if (story) {
					openStory(story);
				} else if (hit) {
					openArticle(hit.article.id);
				}

				return;
			}

			case 'topics': {
				const topic = selectedTopicDefinition();
				if (topic) {
					dispatch({type: 'showTopic', name: topic.name, height: layout().list});
				}

				return;
			}

			case 'feeds': {
				const feed = selectedFeed();
				if (feed) {
					dispatch({type: 'push', screen: {kind: 'feed', url: feed.config.url}});
					reloadFeedArticles(feed.config.url).catch(fail);
				}

				return;
			}

			case 'feed': {
				const item = selectedFeedArticle();
				if (item) {
					openArticle(item.article.id);
					dispatch({type: 'feedArticleRead', uid: item.article.id, read: true});
				}

				return;
			}

			default: {
				// The reader has nothing further to open.
			}
		}
	};

	const back = () => {
		const current = state();
		const screen = currentScreen(current);
		if (screen.kind === 'briefing') {
			if (current.pane === 'stories') {
				dispatch({type: 'setPane', pane: 'topics'});
			}

			return;
		}

		if (screen.kind === 'feeds' && current.feedView.filter !== '') {
			// Esc takes the filter away first, with the selected feed kept: a second Esc leaves the manager.
			dispatch({type: 'feedFiltering', filtering: false, clear: true});
			return;
		}

		if (screen.kind === 'search' && current.search.results !== null) {
			// Leaving search keeps the query for the next visit.
			dispatch({type: 'searchEditing', editing: true});
		}

		dispatch({type: 'pop'});
	};

	const toggleRead = () => {
		const current = state();
		const screen = currentScreen(current);
		if (screen.kind === 'briefing' || screen.kind === 'story') {
			const story = selectedStory();
			if (!story || isStarredStory(story.id)) {
				return;
			}

			const unread = !story.unread;
			dispatch({type: 'markStories', storyIds: [story.id], unread});
			info(unread ? messages.done.markedUnread : messages.done.markedRead);
			services.markRead(story.articles.map(article => article.id), !unread).catch(fail);
			return;
		}

		const article = selectedArticle();
		if (article) {
			void (async () => {
				try {
					const read = await services.isRead(article.uid);
					await services.markRead([article.uid], !read);
					dispatch({type: 'feedArticleRead', uid: article.uid, read: !read});
					await syncStoryOf(article.uid);
					info(read ? messages.done.markedUnread : messages.done.markedRead);
				} catch (error) {
					fail(error);
				}
			})();
		}
	};

	const prompt = (purpose: PromptPurpose, value = '', target?: string, selected = false) => {
		dispatch({type: 'openOverlay', overlay: {kind: 'prompt', purpose, value, target, ...(selected ? {selected} : {})}});
	};

	/** The feeds as the manager lists them (its order and filter): the cursor is an index into these. */
	const listedFeeds = (current: UiState = state()) => shownFeeds(current.feeds ?? [], current.feedView);
	const selectedFeed = (): FeedRow | undefined => listedFeeds()[listPosition(state(), 'feeds').cursor];
	const selectedFeedArticle = () => {
		const current = state();
		const screen = currentScreen(current);
		return screen.kind === 'feed' && current.feedArticles?.url === screen.url
			? current.feedArticles.items[listPosition(current, listKey.feed(screen.url)).cursor]
			: undefined;
	};

	const reloadFeedArticles = async (url: string) => {
		dispatch({type: 'feedArticlesLoaded', url, items: await services.feedArticles(url)});
	};
	const selectedTopicDefinition = () => state().topics?.[listPosition(state(), 'topicsMgr').cursor];

	/** Saves, says so (`saved`) once the topic list shows the change, then regroups the briefing, which takes seconds. */
	const saveTopics = async (topics: TopicDefinition[], saved: () => void) => {
		await services.saveTopics(topics);
		await reloadTopics();
		saved();
		await reloadBriefing();
	};

	const run = (action: Action) => {
		const current = state();
		const screen = currentScreen(current);
		switch (action) {
			case 'quit': {
				// What this session showed is no longer new next time (newsboat drops its N flags on quit the same way).
				// The store's write is synchronous, so it is done before exit() ends the app.
				if (current.briefing) {
					const shown = topicEntries(current).filter(entry => entry.name !== starredTopic).flatMap(entry => entry.stories.map(story => story.id));
					services.markSeen([...new Set(shown)], current.briefing.generatedAt).catch(() => undefined);
				}

				// The position is saved as the app unmounts (App.tsx), as it is when the terminal closes.
				exit();
				return;
			}

			case 'help': {
				dispatch({type: 'scroll', list: 'help', movement: {to: 'top'}, total: 0, height: 0});
				dispatch({type: 'openOverlay', overlay: {kind: 'help'}});
				return;
			}

			case 'search': {
				dispatch({type: 'searchEditing', editing: true});
				pushSingleton({kind: 'search'});
				return;
			}

			case 'feeds': {
				pushSingleton({kind: 'feeds'});
				reloadFeeds().catch(fail);
				return;
			}

			case 'topics': {
				pushSingleton({kind: 'topics'});
				reloadTopics().catch(fail);
				return;
			}

			case 'people': {
				pushSingleton({kind: 'people'});
				return;
			}

			case 'peopleWindow': {
				const shown = current.peopleWindow?.window ?? 'briefing';
				const window = peopleWindows[(peopleWindows.indexOf(shown) + 1) % peopleWindows.length]!;
				dispatch({type: 'peopleWindow', window});
				info(format(messages.labels.peopleWindowNow, {window: format(messages.labels.peopleWindows[window], {hours: services.settings().storyWindowHours})}));
				if (window === 'briefing') return;

				services.peopleWindow(window, (done, total) => {
					dispatch({type: 'peopleWindowProgress', window, progress: {done, total}});
				}).then(data => {
					dispatch({type: 'peopleWindowLoaded', data});
				}, fail);
				return;
			}

			case 'refreshAll': {
				startRefresh({});
				return;
			}

			case 'back': {
				back();
				return;
			}

			case 'up': {
				move({delta: -1});
				return;
			}

			case 'down': {
				move({delta: 1});
				return;
			}

			case 'pageUp': {
				move({delta: -pageSize()});
				return;
			}

			case 'pageDown':
			case 'nextPage': {
				move({delta: pageSize()});
				return;
			}

			case 'top': {
				move({to: 'top'});
				return;
			}

			case 'bottom': {
				move({to: 'bottom'});
				return;
			}

			case 'open': {
				open();
				return;
			}

			case 'feedFind': {
				dispatch({type: 'feedFiltering', filtering: true});
				return;
			}

			case 'feedSort': {
				const order = nextFeedOrder(current.feedView.order);
				dispatch({type: 'feedOrder', order, height: layout().feedsList});
				info(format(messages.labels.feedOrderNow, {order: messages.labels.feedOrders[order]}));
				return;
			}

			case 'switchPane': {
				dispatch({type: 'setPane', pane: current.pane === 'topics' ? 'stories' : 'topics'});
				return;
			}

			case 'refresh': {
				if (screen.kind === 'feeds') {
					const feed = selectedFeed();
					if (feed) {
						startRefresh({feedUrl: feed.config.url});
					}
				} else if (screen.kind === 'feed') {
					startRefresh({feedUrl: screen.url});
				} else if (screen.kind === 'reader' && current.articles[screen.uid]) {
					startRefresh({feedUrl: current.articles[screen.uid]!.feedUrl});
				} else {
					startRefresh({});
				}

				return;
			}

			case 'toggleRead': {
				toggleRead();
				return;
			}

			case 'nextUnread': {
				openNextUnread();
				return;
			}

			case 'markTopicRead': {
				const entry = selectedTopicEntry(current);
				if (!entry || entry.name === starredTopic) {
					return;
				}

				if (!entry.stories.some(story => story.unread)) {
					info(messages.done.nothingUnread);
					return;
				}

				dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'markTopicRead', target: entry.name, name: topicLabel(entry.name, messages)}});
				return;
			}

			case 'unreadOnly': {
				dispatch({type: 'setUnreadOnly', value: !current.unreadOnly});
				// Only the filter changes: the topics stay where they are.
				reloadBriefing(!current.unreadOnly, true).catch(fail);
				return;
			}

			case 'star': {
				const article = selectedArticle();
				if (article) {
					void (async () => {
						try {
							const starred = await services.toggleStar(article.uid);
							info(starred ? messages.done.starred : messages.done.unstarred);
							await reloadStarred();
						} catch (error) {
							fail(error);
						}
					})();
				}

				return;
			}

			case 'openBrowser': {
				const article = selectedArticle();
				if (article?.url) {
					services.openUrl(article.url).then(() => {
						info(messages.done.opened);
					}, fail);
				} else if (article) {
					info(messages.done.noLink);
				}

				return;
			}

			case 'fetchFull': {
				if (screen.kind === 'reader') {
					const article = current.articles[screen.uid];
					if (article && !article.url) {
						info(messages.done.noLink);
						return;
					}

					// The page can take up to the fetch timeout to arrive: say that something is under way.
					info(messages.done.fetchingFullText);
					services.fetchFullText(screen.uid).then(article => {
						dispatch({type: 'articleLoaded', uid: screen.uid, article});
						info(messages.done.fullTextFetched);
					}, fail);
				}

				return;
			}

			case 'feedAdd': {
				prompt('addFeed', '');
				return;
			}

			case 'feedDelete': {
				const feed = selectedFeed();
				if (feed) {
					dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'deleteFeed', target: feed.config.url, name: feedTitle(feed)}});
				}

				return;
			}

			case 'feedEdit': {
				const feed = selectedFeed();
				if (feed) {
					// The title shown selected, as a file manager's rename: Enter keeps it, typing replaces it, an arrow edits it
					// (typed text went after it: "tagesschau.deTagesschau"). The feed's own title when the user gave none.
					prompt('editTitle', feed.config.title || feed.state?.title || '', feed.config.url, true);
				}

				return;
			}

			case 'feedToggle': {
				const feed = selectedFeed();
				if (feed) {
					services.setEnabled(feed.config.url, !feed.config.enabled).then(reloadFeeds).catch(fail);
				}

				return;
			}

			case 'feedImport': {
				prompt('import');
				return;
			}

			case 'feedExport': {
				// A suggestion: Enter takes it, typing replaces it (a path typed after it made one wrong path).
				prompt('export', '~/lagebild-feeds.opml', undefined, true);
				return;
			}

			case 'topicAdd': {
				prompt('topicAdd');
				return;
			}

			case 'topicRename': {
				const topic = selectedTopicDefinition();
				if (topic) {
					prompt('topicRename', topic.name, topic.name, true);
				}

				return;
			}

			case 'topicTerms': {
				const topic = selectedTopicDefinition();
				if (topic) {
					prompt('topicTerms', topic.terms.join(', '), topic.name);
				}

				return;
			}

			case 'topicDelete': {
				const topic = selectedTopicDefinition();
				if (topic) {
					dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'deleteTopic', target: topic.name, name: topicLabel(topic.name, messages)}});
				}
			}
		}
	};

	const submitPrompt = () => {
		const overlay = state().overlay;
		if (overlay?.kind !== 'prompt') {
			return;
		}

		const value = overlay.value.trim();
		const error = (text: string) => {
			dispatch({type: 'promptError', error: text});
		};

		const attempt = (work: () => Promise<void>) => {
			work().catch((failure: unknown) => {
				// Said in the interface's language, as the status bar's errors are (a refusal of config/, a file error).
				error(errorInLanguage(errorText(failure), messages));
			});
		};

		if (value === '' && overlay.purpose !== 'editTags' && overlay.purpose !== 'topicTerms' && overlay.purpose !== 'editTitle') {
			error(messages.errors.emptyValue);
			return;
		}

		const topics = state().topics ?? [];
		switch (overlay.purpose) {
			case 'addFeed': {
				const url = typedFeedUrl(value);
				if (!url) {
					error(messages.errors.invalidUrl);
					return;
				}

				if (state().feeds?.some(feed => feedUrlKey(feed.config.url) === feedUrlKey(url))) {
					error(messages.errors.duplicateFeed);
					return;
				}

				attempt(async () => {
					let unchecked: string | undefined;
					const fromPage = await services.addFeed({url, title: '', tags: [], enabled: true}, {unchecked: reason => {
						unchecked = reason;
					}}, {typedWithoutScheme: typedWithoutScheme(value)});
					dispatch({type: 'closeOverlay'});
					info(unchecked !== undefined
						? format(messages.done.feedAddedUnchecked, {url, reason: errorInLanguage(unchecked, messages)})
						: fromPage?.overHttp
							? format(messages.done.feedAddedOverHttp, {url: fromPage.url})
							: fromPage
								? format(messages.done.feedAddedFromPage, {title: fromPage.title || fromPage.url, count: String(fromPage.namedByPage)})
								: messages.done.feedAdded);
					await reloadFeeds();
					// The new feed is selected, so r fetches it and e names it without a search through the list.
					if (state().feedView.filter !== '') {
						dispatch({type: 'feedFiltering', filtering: false, clear: true});
					}

					const feeds = listedFeeds();
					const added = fromPage?.url ?? url;
					const index = feeds.findIndex(feed => feedUrlKey(feed.config.url) === feedUrlKey(added));
					if (index >= 0) {
						const delta = index - listPosition(state(), 'feeds').cursor;
						dispatch({type: 'move', list: 'feeds', movement: {delta}, total: feeds.length, height: layout().feedsList});
					}
				});
				return;
			}

			case 'editTitle': {
				const url = overlay.target ?? '';
				// The tags prompt opens at once, so keys typed on after Enter are tags, not more title.
				const feed = state().feeds?.find(candidate => candidate.config.url === url);
				prompt('editTags', feed?.config.tags.join(', ') ?? '', url);
				attempt(async () => {
					await services.updateFeed(url, {title: value});
					await reloadFeeds();
				});
				return;
			}

			case 'editTags': {
				attempt(async () => {
					await services.updateFeed(overlay.target ?? '', {tags: splitList(value)});
					dispatch({type: 'closeOverlay'});
					info(messages.done.feedSaved);
					await reloadFeeds();
				});
				return;
			}

			case 'import': {
				attempt(async () => {
					const result = await services.importOpml(resolveUserPath(value));
					dispatch({type: 'closeOverlay'});
					info(format(result.added === 1 ? messages.done.importedOne : messages.done.imported, {added: result.added, skipped: result.skipped}));
					await reloadFeeds();
				});
				return;
			}

			case 'export': {
				// The whole path in the message: a bare file name would land wherever lagebild happened to be started.
				const file = resolveUserPath(value);
				attempt(async () => {
					const count = await services.exportOpml(file);
					dispatch({type: 'closeOverlay'});
					info(format(messages.done.exported, {n: count, path: file}));
				});
				return;
			}

			case 'topicAdd': {
				if (topics.some(topic => topic.name.toLowerCase() === value.toLowerCase())) {
					error(messages.errors.duplicateTopic);
					return;
				}

				// The terms prompt opens at once and the topic is saved with its terms: keys typed on after Enter must
				// land in the terms, not in a name prompt that waits for the config write and the regrouped briefing.
				prompt('topicTerms', value, value);
				return;
			}

			case 'topicRename': {
				const old = overlay.target ?? '';
				if (value !== old && topics.some(topic => topic.name.toLowerCase() === value.toLowerCase())) {
					error(messages.errors.duplicateTopic);
					return;
				}

				dispatch({type: 'closeOverlay'});
				saveTopics(topics.map(topic => (topic.name === old ? {...topic, name: value} : topic)), () => {
					info(messages.done.topicSaved);
				}).catch(fail);
				return;
			}

			case 'topicTerms': {
				const terms = splitList(value);
				if (terms.length === 0) {
					error(messages.errors.emptyValue);
					return;
				}

				const isNew = !topics.some(topic => topic.name === overlay.target);
				const next = isNew
					? [...topics, {name: overlay.target ?? terms[0]!, terms}]
					: topics.map(topic => (topic.name === overlay.target ? {...topic, terms} : topic));
				// Closed before saving: regrouping the briefing takes seconds, and a second Enter must not save twice.
				dispatch({type: 'closeOverlay'});
				saveTopics(next, () => {
					if (isNew) {
						dispatch({type: 'move', list: 'topicsMgr', movement: {to: 'bottom'}, total: next.length, height: layout().list});
					}

					info(messages.done.topicSaved);
				}).catch(fail);
			}
		}
	};

	const confirm = () => {
		const overlay = state().overlay;
		if (overlay?.kind !== 'confirm') {
			return;
		}

		dispatch({type: 'closeOverlay'});
		if (overlay.purpose === 'markTopicRead') {
			const stories = topicEntries(state()).find(entry => entry.name === overlay.target)?.stories.filter(story => story.unread) ?? [];
			dispatch({type: 'markStories', storyIds: stories.map(story => story.id), unread: false});
			info(format(messages.done.markedTopicRead, {n: stories.length}));
			services.markRead(stories.flatMap(story => story.articles.map(article => article.id)), true).catch(fail);
		} else if (overlay.purpose === 'deleteFeed') {
			services.removeFeed(overlay.target).then(async () => {
				info(messages.done.feedRemoved);
				await reloadFeeds();
				const total = listedFeeds().length;
				dispatch({type: 'move', list: 'feeds', movement: {delta: 0}, total, height: layout().feedsList});
			}).catch(fail);
		} else {
			const topics = (state().topics ?? []).filter(topic => topic.name !== overlay.target);
			saveTopics(topics, () => {
				info(messages.done.topicDeleted);
				dispatch({type: 'move', list: 'topicsMgr', movement: {delta: 0}, total: topics.length, height: layout().list});
			}).catch(fail);
		}
	};

	const runSearch = () => {
		const query = state().search.query.trim();
		if (query === '') {
			return;
		}

		services.search(query).then(results => {
			dispatch({type: 'searchResults', results});
		}, fail);
	};

	return {run, submitPrompt, confirm, runSearch, reloadBriefing, loadInitialBriefing, startRefresh, loadArticle};
}
