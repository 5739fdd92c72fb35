// The feed manager: adding, editing, switching off, deleting, importing and exporting feeds, and its find and order.

import {feedUrlKey, typedFeedUrl, typedWithoutScheme} from '../../config/feed-url.js';
import {resolveUserPath} from '../../config/user-path.js';
import {errorInLanguage} from '../../i18n/error-texts.js';
import {count, countWith, format} from '../../i18n/index.js';
import {nextFeedOrder} from '../state/feed-view.js';
import {listPosition} from '../state/reducer.js';
import {feedTitle} from '../state/selectors.js';
import type {CommandTools} from './command-context.js';
import type {RefreshCommands} from './refresh-commands.js';
import {openPrompt, splitList, type PromptAnswer, type PromptHandlers} from './prompt-commands.js';
import type {ReloadCommands} from './reload-commands.js';
import type {Selection} from './selection.js';

export interface FeedManagerCommands {
	find(): void;
	/** The next order of the list, said on the status row. */
	sort(): void;
	add(): void;
	/** Asks whether to delete the selected feed. */
	remove(): void;
	/** The selected feed's title, then its tags. */
	edit(): void;
	toggle(): void;
	importFile(): void;
	exportFile(): void;
	prompts: Pick<PromptHandlers, 'addFeed' | 'editTitle' | 'editTags' | 'import' | 'export'>;
	/** The deletion answered yes. */
	removeConfirmed(url: string): void;
	/** After an import, the copied default feeds it offered to remove (newline-separated addresses), answered yes. */
	dropDefaultsConfirmed(urls: string): void;
}

export function feedManagerCommands(
	tools: CommandTools,
	{reloadFeeds, reloadBriefing, ownWrite}: Pick<ReloadCommands, 'reloadFeeds' | 'reloadBriefing' | 'ownWrite'>,
	{listedFeeds, selectedFeed}: Pick<Selection, 'listedFeeds' | 'selectedFeed'>,
	{startRefresh}: Pick<RefreshCommands, 'startRefresh'>,
): FeedManagerCommands {
	const {services, dispatch, messages, state, layout, info, fail} = tools;

	const find = () => {
		dispatch({type: 'feedFiltering', filtering: true});
	};

	const sort = () => {
		const order = nextFeedOrder(state().feedView.order);
		dispatch({type: 'feedOrder', order, height: layout().feedsList});
		info(format(messages.labels.feedOrderNow, {order: messages.labels.feedOrders[order]}));
	};

	const add = () => {
		openPrompt(dispatch, 'addFeed', '');
	};

	const remove = () => {
		const feed = selectedFeed();
		if (feed) {
			dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'deleteFeed', target: feed.config.url, name: feedTitle(feed)}});
		}
	};

	const edit = () => {
		const feed = selectedFeed();
		if (feed) {
			// The title shown selected, as a file manager's rename: Enter keeps it, typing replaces it, an arrow edits it.
			// The feed's own title when the user gave none.
			openPrompt(dispatch, 'editTitle', feed.config.title || feed.state?.title || '', feed.config.url, true);
		}
	};

	const toggle = () => {
		const feed = selectedFeed();
		if (feed) {
			services.setEnabled(feed.config.url, !feed.config.enabled).then(reloadFeeds).catch(fail);
		}
	};

	const importFile = () => {
		openPrompt(dispatch, 'import');
	};

	const exportFile = () => {
		// A suggestion: Enter takes it, typing replaces it.
		openPrompt(dispatch, 'export', '~/lagebild-feeds.opml', undefined, true);
	};

	const addFeed = ({value, error, attempt}: PromptAnswer) => {
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
			const fromPage = await ownWrite(async () => services.addFeed({url, title: '', tags: [], enabled: true}, {unchecked: reason => {
				unchecked = reason;
			}}, {typedWithoutScheme: typedWithoutScheme(value)}));
			dispatch({type: 'closeOverlay'});
			info(unchecked !== undefined
				? format(messages.done.feedAddedUnchecked, {url, reason: errorInLanguage(unchecked, messages)})
				: fromPage?.overHttp
					? format(messages.done.feedAddedOverHttp, {url: fromPage.url})
					: fromPage
						? countWith(fromPage.namedByPage, messages.done.feedAddedFromPage_1, messages.done.feedAddedFromPage_n, {title: fromPage.title || fromPage.url, count: fromPage.namedByPage})
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

			// As after an import: a feed subscribed to is fetched at once (a phone app shows its articles), not left at
			// "not fetched yet" until r. The timer's polite refresh: only the new feed and those due are asked, and
			// "Feed added" stays on the row unless articles arrive or a feed fails.
			if (!services.offline()) startRefresh({}, {background: true, followUp: true});
		});
	};

	const editTitle = ({value, target, attempt}: PromptAnswer) => {
		const url = target ?? '';
		// The tags prompt opens at once, so keys typed on after Enter are tags, not more title.
		const feed = state().feeds?.find(candidate => candidate.config.url === url);
		openPrompt(dispatch, 'editTags', feed?.config.tags.join(', ') ?? '', url);
		attempt(async () => {
			await services.updateFeed(url, {title: value});
			await reloadFeeds();
		});
	};

	const editTags = ({value, target, attempt}: PromptAnswer) => {
		attempt(async () => {
			await services.updateFeed(target ?? '', {tags: splitList(value)});
			dispatch({type: 'closeOverlay'});
			info(messages.done.feedSaved);
			await reloadFeeds();
		});
	};

	const importOpml = ({value, attempt}: PromptAnswer) => {
		attempt(async () => {
			const result = await services.importOpml(resolveUserPath(value));
			dispatch({type: 'closeOverlay'});
			info(countWith(result.added, messages.done.imported_1, messages.done.imported_n, {added: result.added, skipped: result.skipped}));
			await reloadFeeds();
			// Feeds subscribed to are fetched at once, or a whole imported list sits "not fetched yet" until the reader
			// thinks of R. As the timer's refresh: the feeds fetched lately wait, the import's count stays on the row
			// unless articles arrive or feeds fail, and the topics keep their places. A refresh under way (the start's, the
			// timer's) does not know the new feeds: this one follows it.
			if (result.added > 0) startRefresh({}, {background: true, followUp: true});
			// A first add copied the default list, then the user's own came (walk 11 #226): while those copies are all
			// untouched, the ones the file does not name are offered for removal — asked, never done unasked.
			const copies = result.copiedDefaults ?? [];
			if (copies.length > 0) {
				dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'dropDefaults', target: copies.join('\n'), name: '', count: copies.length}});
			}
		});
	};

	const exportOpml = ({value, attempt}: PromptAnswer) => {
		// The whole path in the message: a bare file name would land wherever lagebild happened to be started.
		const file = resolveUserPath(value);
		attempt(async () => {
			const written = await services.exportOpml(file);
			dispatch({type: 'closeOverlay'});
			info(countWith(written, messages.done.exported_1, messages.done.exported_n, {path: file}));
		});
	};

	/** After feeds left the list: the list again, the briefing without their stories, the cursor kept in the shorter list. */
	const afterRemoval = async () => {
		await reloadFeeds();
		// The removed feeds' articles left the store with them: their stories leave the briefing now.
		await reloadBriefing(undefined, true);
		const total = listedFeeds().length;
		dispatch({type: 'move', list: 'feeds', movement: {delta: 0}, total, height: layout().feedsList});
	};

	const removeConfirmed = (url: string) => {
		services.removeFeed(url).then(async () => {
			info(messages.done.feedRemoved);
			await afterRemoval();
		}).catch(fail);
	};

	/**
	 * The copied defaults an import offered to remove, answered yes: one write of config.json for all, then their
	 * articles. A write that fails removes nothing and says why with the file's path; the list stays as it was.
	 */
	const dropDefaultsConfirmed = (urls: string) => {
		const feeds = urls.split('\n').filter(Boolean);
		(async () => {
			await services.removeFeeds(feeds);
			info(count(feeds.length, messages.done.defaultsRemoved_1, messages.done.defaultsRemoved_n));
			await afterRemoval();
		})().catch(fail);
	};

	return {
		find, sort, add, remove, edit, toggle, importFile, exportFile,
		prompts: {addFeed, editTitle, editTags, import: importOpml, export: exportOpml},
		removeConfirmed, dropDefaultsConfirmed,
	};
}
