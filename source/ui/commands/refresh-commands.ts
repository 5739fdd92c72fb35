// Refreshing the feeds: one at a time, the briefing and the lists reloaded after it, its summary on the status row.

import {count} from '../../i18n/index.js';
import {refreshDoneText} from '../../i18n/refresh-done.js';
import type {RefreshSummary} from '../../model/refresh.js';
import type {RefreshTarget} from '../../services/app-services.js';
import {briefingIsEmpty} from '../state/empty-briefing.js';
import {currentScreen} from '../state/selectors.js';
import type {Message} from '../state/types.js';
import type {CommandTools} from './command-context.js';
import type {PeopleWindowCommands} from './people-window-commands.js';
import type {ReloadCommands} from './reload-commands.js';
import type {Selection} from './selection.js';

/** How long a background refresh's summary stays on the status row. */
export const backgroundNoteMs = 6000;

/** How long a refresh into an empty briefing runs before what has arrived is shown while the slower feeds are waited for. */
export const firstStoriesAfterMs = 2000;

export interface RefreshCommands {
	/**
	 * background: a refresh nobody asked for now (the timer, the start) keeps the topic order on screen. followUp: a
	 * background refresh that must not be dropped while another runs (feeds just imported), but run after it.
	 */
	startRefresh(target: RefreshTarget, options?: RefreshStart): void;
	/** r: the feed the screen shows or has selected (the manager, a feed's list, the reader's article), else all. */
	refreshShown(): void;
}

export interface RefreshStart {
	background?: boolean;
	followUp?: boolean;
}

/**
 * Not UI state (nothing draws it): whether the running refresh is the timer's, a refresh R asked for meanwhile, and
 * whether a background one must follow (feeds imported meanwhile).
 */
export interface RefreshRuns {
	background: boolean;
	asked?: RefreshTarget;
	followUp?: boolean;
}

export interface RefreshOptions {
	/** Kept by the caller across renders (useCommands' ref), so a new factory sees the refresh under way. */
	runs?: RefreshRuns;
	/** How long a background refresh's summary stays (backgroundNoteMs). */
	noteMs?: number;
	/** firstStoriesAfterMs. */
	firstStoriesMs?: number;
}

export function refreshCommands(
	tools: CommandTools,
	{reloadBriefing, reloadFeeds, reloadFeedArticles}: Pick<ReloadCommands, 'reloadBriefing' | 'reloadFeeds' | 'reloadFeedArticles'>,
	people: Pick<PeopleWindowCommands, 'refreshed'>,
	{selectedFeed}: Pick<Selection, 'selectedFeed'>,
	{runs = {background: false}, noteMs = backgroundNoteMs, firstStoriesMs = firstStoriesAfterMs}: RefreshOptions = {},
): RefreshCommands {
	const {services, dispatch, messages, now, state, info, say, fail} = tools;

	/**
	 * A background refresh's message leaves the status row again after noteMs, unless another took its place (a key
	 * clears it sooner): one every few minutes would otherwise keep its summary on the row until the next key.
	 */
	const expire = (message: Message | undefined) => {
		if (!message) return;
		const timer = setTimeout(() => {
			if (state().message === message) dispatch({type: 'message', message: null});
		}, noteMs);
		timer.unref?.();
	};

	const startRefresh = (target: RefreshTarget, options: RefreshStart = {}) => {
		// The reducer's flag is the one answer to "is a refresh running?", and the status row shows it: a refresh runs
		// until the briefing, the feeds and the feed shown have been reloaded after it (a regroup can take seconds).
		// Timer refreshes do not pile up behind a slow regroup.
		if (state().refresh.running) {
			// Timer refreshes do not pile up; feeds imported meanwhile were not in the running one's list.
			if (options.background === true) {
				if (options.followUp === true) runs.followUp = true;
				return;
			}

			// R while the timer's refresh runs: that one is polite (it skips fresh and failing feeds) and says nothing,
			// so R's own runs after it, with its summary.
			if (runs.background) {
				runs.asked = target;
				return;
			}

			info(messages.status.alreadyRefreshing);
			return;
		}

		runs.background = options.background === true;

		dispatch({type: 'refreshStarted', ...(target.feedUrl ? {feedUrl: target.feedUrl} : {})});
		if (!state().feeds) {
			// The status bar names the last feeds a refresh waits for: it needs their titles.
			reloadFeeds().catch(() => undefined);
		}

		void (async () => {
			const background = options.background === true;
			let fetched: {summary: RefreshSummary; at: string} | undefined;
			// Into an empty briefing (a first start on a list of one's own) the stories of the feeds that have answered show
			// once firstStoriesMs has passed, while the slower ones are waited for: the first briefing waited for the
			// slowest feed (walk 11: 34 feeds in by 2 s, one at 12 s, the briefing at 32 s).
			let arrived = 0;
			let waited = false;
			let shown = false;
			const showFirstStories = () => {
				const progress = state().refresh.progress;
				if (shown || !waited || arrived === 0 || !progress || progress.done >= progress.total || !briefingIsEmpty(state())) return;
				shown = true;
				reloadBriefing(undefined, true).catch(() => undefined);
			};

			const firstStories = setTimeout(() => {
				waited = true;
				showFirstStories();
			}, firstStoriesMs);
			firstStories.unref?.();
			try {
				// A background refresh is also polite: failing, gone and fresh feeds wait (feeds/schedule.ts).
				const summary = await services.refresh(background ? {...target, background: true} : target, progress => {
					dispatch({type: 'refreshProgress', progress});
					arrived += progress.last?.newArticles ?? 0;
					showFirstStories();
				});
				clearTimeout(firstStories);
				fetched = {summary, at: now().toISOString()};
				// The feed manager shows what the fetch did at once: computing the briefing can take longer than fetching
				// (walk 11: 34 freshly imported feeds said "not fetched yet" for 12 s after the last had answered).
				if (state().feeds) {
					await reloadFeeds();
				}

				// A background refresh keeps the topic order under the reader (ranks follow the clock even when nothing
				// arrived); R, asked for, shows the new order.
				await reloadBriefing(undefined, background);

				const top = currentScreen(state());
				if (top.kind === 'feed') {
					await reloadFeedArticles(top.url);
				}

				dispatch({type: 'refreshFinished', summary, at: fetched.at});
				let note: Message | undefined;
				if (summary.results.length > 0 && summary.failed === summary.results.length) {
					note = say({text: count(summary.failed, messages.status.allFailed_1, messages.status.allFailed_n), level: 'error'});
				} else if (background && summary.newArticles === 0 && summary.failed === 0 && !summary.skippedOld) {
					// Nothing to tell (newsboat says nothing either): the row's "refreshed 14:02" shows that it ran.
				} else {
					note = say({text: summary.results.length === 0
						? (services.offline() ? messages.status.nothingFetchedOffline : messages.status.nothingFetchedDisabled)
						: refreshDoneText(summary, messages, services.settings().retentionDays), level: 'info'});
				}

				// A background refresh's summary goes a few seconds after the stories it speaks of are on screen.
				if (background) expire(note);
				people.refreshed(summary.newArticles);
			} catch (error) {
				clearTimeout(firstStories);
				// The feeds were fetched even when a reload after it failed: the row says when, and how many failed.
				dispatch({type: 'refreshFinished', summary: fetched?.summary ?? null, at: fetched?.at ?? now().toISOString()});
				fail(error);
			}

			runs.background = false;
			const {asked, followUp} = runs;
			runs.asked = undefined;
			runs.followUp = undefined;
			if (asked) startRefresh(asked);
			else if (followUp) startRefresh({}, {background: true});
		})();
	};

	const refreshShown = () => {
		const current = state();
		const screen = currentScreen(current);
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
	};

	return {startRefresh, refreshShown};
}
