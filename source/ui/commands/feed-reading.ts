// Reading one feed newsboat's way: n opens the feed's next unread article, A marks all its articles read (asks first).

import {count} from '../../i18n/index.js';
import type {FeedArticle} from '../../services/app-services.js';
import {listKey} from '../state/list-keys.js';
import {listPosition} from '../state/reducer.js';
import {currentScreen, feedTitle} from '../state/selectors.js';
import type {CommandTools} from './command-context.js';
import type {NavigationCommands} from './navigation-commands.js';
import type {ReloadCommands} from './reload-commands.js';
import type {Selection} from './selection.js';

export interface FeedReading {
	/**
	 * n on a feed's article list, or in an article opened from it: that feed's next unread article, not the briefing's
	 * next story (walk 13 #246). False where no feed's list is open, for the briefing's n to act.
	 */
	openNextUnread(): boolean;
	/** A on a feed's article list or a feed in the feed manager: asks whether to mark its unread articles read. */
	askMarkFeedRead(): void;
	/** The question answered yes. */
	markFeedRead(url: string): void;
}

export function feedReading(
	tools: CommandTools,
	{reloadBriefing}: Pick<ReloadCommands, 'reloadBriefing'>,
	{selectedFeed}: Pick<Selection, 'selectedFeed'>,
	{openArticle}: Pick<NavigationCommands, 'openArticle'>,
): FeedReading {
	const {services, dispatch, messages, state, info, fail} = tools;

	/** The feed whose article list is shown, or lies under the article shown; with its loaded items. */
	const feedInView = (): {url: string; items: FeedArticle[]; fromReader: boolean} | undefined => {
		const current = state();
		const top = currentScreen(current);
		const list = top.kind === 'feed' ? top : (top.kind === 'reader' ? current.stack.at(-2) : undefined);
		if (list?.kind !== 'feed' || current.feedArticles?.url !== list.url) {
			return undefined;
		}

		return {url: list.url, items: current.feedArticles.items, fromReader: top.kind === 'reader'};
	};

	const openNextUnread = () => {
		const feed = feedInView();
		if (!feed) {
			// A feed's list still loading: n waits for it rather than leaving for the briefing's next story.
			return currentScreen(state()).kind === 'feed';
		}

		const {cursor} = listPosition(state(), listKey.feed(feed.url));
		// In the list the selected article itself comes first; from an article, the one after it; then from the top.
		const from = feed.fromReader ? cursor + 1 : cursor;
		const order = [...feed.items.keys()].slice(from).concat([...feed.items.keys()].slice(0, from));
		const next = order.find(index => !feed.items[index]!.read && !(feed.fromReader && index === cursor));
		if (next === undefined) {
			info(messages.done.noMoreUnreadInFeed);
			return true;
		}

		if (feed.fromReader) {
			dispatch({type: 'pop'});
		}

		const item = feed.items[next]!;
		dispatch({type: 'move', list: listKey.feed(feed.url), movement: {delta: next - cursor}, total: feed.items.length, height: tools.layout().list});
		openArticle(item.article.id);
		dispatch({type: 'articlesRead', uids: [item.article.id], read: true});
		return true;
	};

	const askMarkFeedRead = () => {
		const screen = currentScreen(state());
		const url = screen.kind === 'feed' ? screen.url : selectedFeed()?.config.url;
		const row = state().feeds?.find(feed => feed.config.url === url);
		if (!url) {
			return;
		}

		const name = row ? feedTitle(row) : url;
		// Counted in the store, all of the feed: its list reads the newest 1,000 only (review V18 #14).
		services.feedUnreadCount(url).then(unread => {
			if (unread === 0) {
				info(messages.done.nothingUnread);
				return;
			}

			dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'markFeedRead', target: url, name, count: unread}});
		}).catch(fail);
	};

	const markFeedRead = (url: string) => {
		void (async () => {
			try {
				// The whole feed as it is now, in the store: a refresh may have brought articles since the question was
				// asked; they are marked too, as newsboat's A marks what the feed holds when it is pressed.
				const marked = await services.markFeedRead(url);
				dispatch({type: 'articlesRead', uids: marked.uids, read: true});
				info(count(marked.count, messages.done.markedFeedRead_1, messages.done.markedFeedRead_n));
				// The stories those articles were in are read now unless another outlet's report is not.
				await reloadBriefing(state().unreadOnly, true);
			} catch (error) {
				fail(error);
			}
		})();
	};

	return {openNextUnread, askMarkFeedRead, markFeedRead};
}
