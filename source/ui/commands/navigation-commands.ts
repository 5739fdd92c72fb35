// Moving through the screens: the cursor (move, page), opening what it points at, going back, the next unread story.

import type {Story} from '../../model/briefing.js';
import {listKey} from '../state/list-keys.js';
import {readerView} from '../state/reader-view.js';
import {listPosition, type Movement} from '../state/reducer.js';
import {personRows} from '../state/person-rows.js';
import {selectedRowsAtMost, selectedStoryRows} from '../state/story-rows.js';
import {currentScreen, findStory, peopleOf, personOfStory, quotesOf, selectedStoryIndex, selectedTopicEntry, starredTopic, storyOfScreen, topicEntries, widerPeopleWindow} from '../state/selectors.js';
import {sameTarget} from '../state/story-lines.js';
import {storyView} from '../state/story-view.js';
import type {Screen} from '../state/types.js';
import type {CommandTools} from './command-context.js';
import {switchPeopleWindow} from './people-window-commands.js';
import type {ReadMarks} from './read-marks.js';
import type {ReloadCommands} from './reload-commands.js';
import type {Selection} from './selection.js';

export interface NavigationCommands {
	move(movement: Movement): void;
	/** How far a page key moves on the screen shown. */
	pageSize(): number;
	/** Enter: what the cursor points at (a pane, a story, an article, a person, a feed, a topic). */
	open(): void;
	back(): void;
	/** Shows a manager screen, not stacked twice: going to one already open just shows it. */
	pushSingleton(screen: Screen): void;
	openStory(story: Story): void;
	openArticle(uid: string, quote?: string): void;
	/** n: the next unread story (newsboat's n). */
	openNextUnread(): void;
}

export function navigationCommands(
	tools: CommandTools,
	{reloadFeedArticles, loadArticle}: Pick<ReloadCommands, 'reloadFeedArticles' | 'loadArticle'>,
	{selectedStory, storyTarget, listedFeeds, selectedFeed, selectedFeedArticle, selectedTopicDefinition}: Selection,
	{storyOpened, articleOpened}: Pick<ReadMarks, 'storyOpened' | 'articleOpened'>,
): NavigationCommands {
	const {services, dispatch, messages, now, state, layout, info, fail} = tools;

	const pushSingleton = (screen: Screen) => {
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
		storyOpened(story);
	};

	const openArticle = (uid: string, quote?: string) => {
		dispatch({type: 'push', screen: quote ? {kind: 'reader', uid, quote} : {kind: 'reader', uid}});
		if (state().articles[uid] === undefined) {
			loadArticle(uid, quote);
		}

		articleOpened(uid);
	};

	/**
	 * The next unread story after the one open (in the list: from the selected one on): later in its topic, else in the
	 * topics below, else from the top. It replaces the story (and article) on screen, so Esc still leads back to the list.
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

	const move = (movement: Movement) => {
		const current = state();
		const screen = currentScreen(current);
		const geometry = layout();
		switch (screen.kind) {
			case 'briefing': {
				const rowsOf = (story: Story) => selectedStoryRows(story, geometry.storiesWidth, messages, now()).length;
				dispatch(current.pane === 'topics' ? {type: 'moveTopic', movement, height: geometry.list} : {type: 'moveStory', movement, height: geometry.list, rowsOf});
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
				const total = quotesOf(current, screen.name).length;
				dispatch({type: 'move', list: listKey.person(screen.name), movement, total, height: personRows(geometry, total).list});
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

		if (screen.kind === 'briefing' && state().pane === 'stories') {
			// The selected story may take three rows: a page never moves past a story that was not on screen.
			return Math.max(1, geometry.list - selectedRowsAtMost);
		}

		if (screen.kind === 'person') {
			return Math.max(1, personRows(geometry, quotesOf(state(), screen.name).length).list - 1);
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
				if (target?.kind === 'person') {
					const story = storyOfScreen(current, screen);
					const name = story ? personOfStory(current, story, target.name) : target.name;
					// The briefing's people: a wider window the People screen was switched to has its own names and no
					// story of the briefing (review V17 #5: the cursor stayed at the top, a name spelt otherwise showed "(0)").
					if (widerPeopleWindow(current)) switchPeopleWindow(tools, 'briefing');
					dispatch({type: 'push', screen: {kind: 'person', name}});
					// On their first quote in this story: the list holds what they said in every story of the briefing.
					const quotes = quotesOf(state(), name);
					const index = Math.max(0, quotes.findIndex(item => item.storyId === story?.id));
					const list = listKey.person(name);
					const height = personRows(layout(), quotes.length).list;
					dispatch({type: 'move', list, movement: {to: 'top'}, total: quotes.length, height});
					dispatch({type: 'move', list, movement: {delta: index}, total: quotes.length, height});
				} else if (target) {
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
					// Opening a story reads every report of it: their hits lose the unread mark too.
					dispatch({type: 'articlesRead', uids: story.articles.map(article => article.id), read: true});
				} else if (hit) {
					openArticle(hit.article.id);
					dispatch({type: 'articlesRead', uids: [hit.article.id], read: true});
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
					dispatch({type: 'articlesRead', uids: [item.article.id], read: true});
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

	return {move, pageSize, open, back, pushSingleton, openStory, openArticle, openNextUnread};
}
