// What each action does on each screen: the keys' table over the command factories in ui/commands/, one per domain.

import {useApp} from 'ink';
import {useMemo, useRef} from 'react';
import type {Action} from '../../model/action.js';
import type {RefreshTarget} from '../../services/app-services.js';
import {articleCommands} from '../commands/article-commands.js';
import {commandTools, type CommandContext} from '../commands/command-context.js';
import {feedManagerCommands} from '../commands/feed-manager-commands.js';
import {feedReading} from '../commands/feed-reading.js';
import {navigationCommands} from '../commands/navigation-commands.js';
import {peopleWindowCommands} from '../commands/people-window-commands.js';
import {promptCommands} from '../commands/prompt-commands.js';
import {readMarks} from '../commands/read-marks.js';
import {readerLinkCommands} from '../commands/reader-links.js';
import {refreshCommands, type RefreshRuns} from '../commands/refresh-commands.js';
import {reloadCommands, type StartOptions} from '../commands/reload-commands.js';
import {selection} from '../commands/selection.js';
import {storeWatch} from '../commands/store-watch.js';
import {topicManagerCommands} from '../commands/topic-manager-commands.js';

export interface Commands {
	/** `key`: the key that was pressed (openLink's digit starts the number). */
	run(action: Action, key?: string): void;
	submitPrompt(): void;
	confirm(): void;
	runSearch(): void;
	reloadBriefing(unreadOnly?: boolean, keepTopicOrder?: boolean): Promise<void>;
	/** Start-up: the briefing, showing the stored one at once (marked as loading while a stale one is replaced). */
	loadInitialBriefing(): Promise<void>;
	/** background: a refresh nobody asked for now (the timer, the start) keeps the topic order on screen. */
	startRefresh(target: RefreshTarget, options?: {background?: boolean}): void;
	loadArticle(uid: string, quote?: string): void;
	/** A look whether another process refreshed the store (store-watch.ts); the app's timer calls it. */
	checkStore(): Promise<void>;
}

export interface CommandOptions extends StartOptions {
	/** Ends the app (Ink's exit). */
	exit: () => void;
	/** Kept across renders, so commands built again see the refresh under way. */
	refreshRuns?: RefreshRuns;
	/** How long a background refresh's summary stays on the status row (backgroundNoteMs). */
	backgroundNoteMs?: number;
}

/** The commands built from their factories; a plain function, so tests can drive it without rendering Ink. */
export function composeCommands(context: CommandContext, {exit, refreshRuns, backgroundNoteMs, ...start}: CommandOptions): Commands {
	const tools = commandTools(context);
	const {services, dispatch, state, fail} = tools;
	const reload = reloadCommands(tools, start);
	const selected = selection(tools);
	const marks = readMarks(tools, selected, reload);
	const navigation = navigationCommands(tools, reload, selected, marks);
	const people = peopleWindowCommands(tools);
	const feedMarks = feedReading(tools, reload, selected, navigation);
	const refresh = refreshCommands(tools, reload, people, selected, {
		...(refreshRuns ? {runs: refreshRuns} : {}),
		...(backgroundNoteMs === undefined ? {} : {noteMs: backgroundNoteMs}),
	});
	const feeds = feedManagerCommands(tools, reload, selected, refresh);
	const topics = topicManagerCommands(tools, reload, selected);
	const articles = articleCommands(tools, reload, selected);
	const links = readerLinkCommands(tools);
	const watch = storeWatch(tools, reload);
	const prompts = promptCommands(tools, {...feeds.prompts, ...topics.prompts, ...links.prompts}, {
		markTopicRead: marks.markTopicRead,
		markFeedRead: feedMarks.markFeedRead,
		deleteFeed: feeds.removeConfirmed,
		dropDefaults: feeds.dropDefaultsConfirmed,
		deleteTopic: topics.removeConfirmed,
	});

	const actions: Partial<Record<Action, () => void>> = {
		quit: () => {
			marks.markShownSeen();
			// The position is saved as the app unmounts (App.tsx), as it is when the terminal closes.
			exit();
		},
		help: () => {
			dispatch({type: 'scroll', list: 'help', movement: {to: 'top'}, total: 0, height: 0});
			dispatch({type: 'openOverlay', overlay: {kind: 'help'}});
		},
		search: () => {
			dispatch({type: 'searchEditing', editing: true});
			navigation.pushSingleton({kind: 'search'});
		},
		feeds: () => {
			navigation.pushSingleton({kind: 'feeds'});
			reload.reloadFeeds().catch(fail);
		},
		topics: () => {
			navigation.pushSingleton({kind: 'topics'});
			reload.reloadTopics().catch(fail);
		},
		people: () => {
			navigation.pushSingleton({kind: 'people'});
		},
		peopleWindow: people.nextWindow,
		refreshAll: () => {
			refresh.startRefresh({});
		},
		refresh: refresh.refreshShown,
		back: navigation.back,
		up: () => {
			navigation.move({delta: -1});
		},
		down: () => {
			navigation.move({delta: 1});
		},
		pageUp: () => {
			navigation.move({delta: -navigation.pageSize()});
		},
		pageDown: () => {
			navigation.move({delta: navigation.pageSize()});
		},
		nextPage: () => {
			navigation.move({delta: navigation.pageSize()});
		},
		top: () => {
			navigation.move({to: 'top'});
		},
		bottom: () => {
			navigation.move({to: 'bottom'});
		},
		open: navigation.open,
		switchPane: () => {
			dispatch({type: 'setPane', pane: state().pane === 'topics' ? 'stories' : 'topics'});
		},
		nextUnread: () => {
			if (!feedMarks.openNextUnread()) navigation.openNextUnread();
		},
		nextUnreadArticle: () => {
			feedMarks.openNextUnread();
		},
		toggleRead: marks.toggleRead,
		markTopicRead: marks.askMarkTopicRead,
		markFeedRead: feedMarks.askMarkFeedRead,
		unreadOnly: () => {
			const unreadOnly = !state().unreadOnly;
			dispatch({type: 'setUnreadOnly', value: unreadOnly});
			// Only the filter changes: the topics stay where they are.
			reload.reloadBriefing(unreadOnly, true).catch(fail);
		},
		star: articles.toggleStar,
		openBrowser: articles.openInBrowser,
		fetchFull: articles.fetchFullText,
		feedFind: feeds.find,
		feedSort: feeds.sort,
		feedAdd: feeds.add,
		feedDelete: feeds.remove,
		feedEdit: feeds.edit,
		feedToggle: feeds.toggle,
		feedImport: feeds.importFile,
		feedExport: feeds.exportFile,
		topicAdd: topics.add,
		topicRename: topics.rename,
		topicTerms: topics.editTerms,
		topicDelete: topics.remove,
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

	return {
		run: (action, key) => {
			if (action === 'openLink') links.askLinkNumber(key);
			else actions[action]?.();
		},
		submitPrompt: prompts.submitPrompt,
		confirm: prompts.confirm,
		runSearch,
		reloadBriefing: reload.reloadBriefing,
		loadInitialBriefing: reload.loadInitialBriefing,
		startRefresh: refresh.startRefresh,
		loadArticle: reload.loadArticle,
		checkStore: watch.checkStore,
	};
}

interface CommandDeps extends CommandContext, StartOptions {
	backgroundNoteMs?: number;
}

export function useCommands({services, stateRef, dispatch, messages, now, position, startBriefing, backgroundNoteMs}: CommandDeps): Commands {
	const {exit} = useApp();
	const refreshRuns = useRef<RefreshRuns>({background: false}).current;
	return useMemo(
		() => composeCommands({services, stateRef, dispatch, messages, now}, {
			exit, refreshRuns, position, startBriefing, ...(backgroundNoteMs === undefined ? {} : {backgroundNoteMs}),
		}),
		[services, stateRef, dispatch, messages, now, position, startBriefing, backgroundNoteMs, exit, refreshRuns],
	);
}
