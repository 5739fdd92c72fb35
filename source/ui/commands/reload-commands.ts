// Loading what the screens show from the services: the briefing (at start and after changes), feeds, topics, articles.

import {listKey} from '../state/list-keys.js';
import {positionOf, selectionOf, type PositionKeeper} from '../state/position.js';
import {readerView} from '../state/reader-view.js';
import type {StartBriefing} from '../state/start-state.js';
import type {CommandTools} from './command-context.js';

export interface ReloadCommands {
	/** keepTopicOrder: only the filter or the stories changed, the topics stay where they are on screen. */
	reloadBriefing(unreadOnly?: boolean, keepTopicOrder?: boolean): Promise<void>;
	/** Start-up: the briefing, showing the stored one at once (marked as loading while a stale one is replaced). */
	loadInitialBriefing(): Promise<void>;
	reloadFeeds(): Promise<void>;
	/** The unread and stored counts (feed manager, status row), after marks, refreshes and removals. */
	reloadReadCounts(): Promise<void>;
	reloadTopics(): Promise<void>;
	/** The starred list in the briefing (the briefing itself unchanged). */
	reloadStarred(): Promise<void>;
	reloadFeedArticles(url: string): Promise<void>;
	/** Loads an article into the reader; with `quote`, scrolled to show it. */
	loadArticle(uid: string, quote?: string): void;
	/** The store's change stamp when the briefing shown was asked for (services.storeChange); undefined before. */
	seenStamp(): string | undefined;
	/**
	 * Runs one of this run's own writes to the store (a full text fetched, a feed added): when nothing else had changed
	 * the store before it, its change is taken as seen, so store-watch.ts does not reload the briefing for it.
	 */
	ownWrite<T>(write: () => Promise<T>): Promise<T>;
}

export interface StartOptions {
	/** Where the last session quit (restored at start) and where this one's position goes on quit. */
	position?: PositionKeeper;
	/** The stored briefing read before the first render, which shows it with the position restored (startState). */
	startBriefing?: StartBriefing;
}

export function reloadCommands(tools: CommandTools, {position, startBriefing}: StartOptions = {}): ReloadCommands {
	const {services, dispatch, messages, now, state, layout, info, fail} = tools;

	let seen: string | undefined;
	/** The stamp taken before a briefing is asked for: what changes while it is computed is noticed after (store-watch.ts). */
	const stampNow = async () => services.storeChange().then(change => change.stamp, () => undefined);

	const reloadBriefing = async (unreadOnly = state().unreadOnly, keepTopicOrder = false) => {
		const stamp = await stampNow();
		// A computation that takes a while reports its progress (throttled by the services), shown until the briefing is loaded.
		const stopListening = services.onBriefingProgress(progress => {
			dispatch({type: 'briefingProgress', progress});
		});
		try {
			const [briefing, starred] = await Promise.all([services.getBriefing({unreadOnly}), services.listStarred()]);
			// u pressed while this one was computed: its list is for the other filter, and the reload u started follows.
			if (unreadOnly !== state().unreadOnly) return;
			dispatch({type: 'briefingLoaded', briefing, starred, height: layout().list, keepTopicOrder});
			seen = stamp ?? seen;
			// A new briefing follows marks, refreshes and removals: the counts have changed with it.
			await reloadReadCounts();
		} finally {
			stopListening();
			if (state().briefingProgress) {
				dispatch({type: 'briefingProgress', progress: null});
			}
		}
	};

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

		const unreadOnly = state().unreadOnly;
		// The status row's total from the start, also when the stored briefing is current and none is computed (read
		// before the first frame already when the start briefing carries it).
		if (!startBriefing?.readCounts) reloadReadCounts().catch(fail);
		seen = await stampNow();
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

	// One read at a time: marks in quick succession (n, n, n) ask once more after the read under way, not once each.
	let counting: Promise<void> | undefined;
	let again = false;
	const reloadReadCounts = async (): Promise<void> => {
		if (counting) {
			again = true;
			return counting;
		}

		counting = (async () => {
			try {
				do {
					again = false;
					dispatch({type: 'readCountsLoaded', counts: await services.readCounts()});
				} while (again);
			} finally {
				counting = undefined;
			}
		})();
		return counting;
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

	const reloadFeedArticles = async (url: string) => {
		dispatch({type: 'feedArticlesLoaded', url, items: await services.feedArticles(url)});
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

	const ownWrite = async <T,>(write: () => Promise<T>): Promise<T> => {
		const before = await stampNow();
		const result = await write();
		if (before !== undefined && before === seen) seen = await stampNow() ?? seen;
		return result;
	};

	return {reloadBriefing, loadInitialBriefing, reloadFeeds, reloadReadCounts, reloadTopics, reloadStarred, reloadFeedArticles, loadArticle, seenStamp: () => seen, ownWrite};
}
