// What one does with the selected article: star it, open it in the browser, fetch its full text into the reader.

import {currentScreen} from '../state/selectors.js';
import type {CommandTools} from './command-context.js';
import type {ReloadCommands} from './reload-commands.js';
import type {Selection} from './selection.js';

export interface ArticleCommands {
	toggleStar(): void;
	openInBrowser(): void;
	/** In the reader: the page itself, for a feed that sends only a summary. */
	fetchFullText(): void;
}

export function articleCommands(
	tools: CommandTools,
	{reloadStarred, ownWrite}: Pick<ReloadCommands, 'reloadStarred' | 'ownWrite'>,
	{selectedArticle}: Pick<Selection, 'selectedArticle'>,
): ArticleCommands {
	const {services, dispatch, messages, state, info, fail} = tools;

	const toggleStar = () => {
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
	};

	const openInBrowser = () => {
		const article = selectedArticle();
		if (article?.url) {
			services.openUrl(article.url).then(() => {
				info(messages.done.opened);
			}, fail);
		} else if (article) {
			info(messages.done.noLink);
		}
	};

	const fetchFullText = () => {
		const current = state();
		const screen = currentScreen(current);
		if (screen.kind === 'reader') {
			const article = current.articles[screen.uid];
			if (article && !article.url) {
				info(messages.done.noLink);
				return;
			}

			// The page can take up to the fetch timeout to arrive: say that something is under way.
			info(messages.done.fetchingFullText);
			ownWrite(async () => services.fetchFullText(screen.uid)).then(article => {
				dispatch({type: 'articleLoaded', uid: screen.uid, article});
				info(messages.done.fullTextFetched);
			}, fail);
		}
	};

	return {toggleStar, openInBrowser, fetchFullText};
}
