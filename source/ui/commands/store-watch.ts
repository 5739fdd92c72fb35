// Notices a refresh another process made (`lagebild refresh` from cron, walk 13 #256) and reloads the screens as r does.

import {count} from '../../i18n/index.js';
import {lastRefreshOf} from '../state/last-refresh.js';
import {currentScreen} from '../state/selectors.js';
import type {UiState} from '../state/types.js';
import type {CommandTools} from './command-context.js';
import type {ReloadCommands} from './reload-commands.js';

export interface StoreWatch {
	/**
	 * One look at the store (a timer's, every few seconds): when its articles or feeds changed since the briefing was
	 * last loaded and nobody is refreshing it now, the briefing, the feed list and an open feed's articles are read
	 * again — the cursor stays on its story, the topics where they are — and the status row says how many arrived.
	 */
	checkStore(): Promise<void>;
}

/** Nothing of this run is under way: its own refresh or briefing, a question or a prompt waiting for an answer. */
function idle(state: UiState): boolean {
	return !state.refresh.running && state.briefingProgress === null && state.overlay === null;
}

export function storeWatch(
	tools: CommandTools,
	{reloadBriefing, reloadFeeds, reloadFeedArticles, seenStamp}: Pick<ReloadCommands, 'reloadBriefing' | 'reloadFeeds' | 'reloadFeedArticles' | 'seenStamp'>,
): StoreWatch {
	const {services, dispatch, messages, state, info} = tools;
	let looking = false;

	const checkStore = async () => {
		if (looking || !idle(state())) return;
		looking = true;
		try {
			const seen = seenStamp();
			const change = await services.storeChange();
			// Another refresh still storing feed after feed: read once it is done, not once a batch.
			if (seen === undefined || change.stamp === seen || change.refreshing || !idle(state())) return;
			const before = state().readCounts?.stored;
			// As a background refresh: the topics stay where they are under the reader.
			await reloadBriefing(undefined, true);
			await reloadFeeds();
			const last = lastRefreshOf(state().feeds ?? []);
			if (last) dispatch({type: 'refreshElsewhere', at: last.at, failed: last.failed});
			const top = currentScreen(state());
			if (top.kind === 'feed') await reloadFeedArticles(top.url);
			const after = state().readCounts?.stored;
			const added = before === undefined || after === undefined ? 0 : after - before;
			// Said only when news arrived: this run's own writes (a full text fetched, a feed's title found) move the stamp
			// too, and a reload that changed nothing visible needs no word.
			if (added > 0) info(count(added, messages.status.otherRefresh_1, messages.status.otherRefresh_n));
		} catch {
			// A look that failed (the store busy, say) is taken again at the next tick; nothing to tell the reader.
		} finally {
			looking = false;
		}
	};

	return {checkStore};
}
