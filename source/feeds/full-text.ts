// Fetches an article's page and extracts its full text, for feeds that only carry a teaser.

import type {FetchSettings} from './fetch.js';
import {fetchFeed} from './fetch.js';
import {FetchError} from './feed-error.js';
import type {ArticleLink} from '../model/article.js';
import {extractReadableText} from '../text/readable.js';

/** The article's text read from its page, and the links in it. */
export interface ArticlePage {
	text: string;
	links: ArticleLink[];
}

/** Only web pages: a feed's item link could name any scheme, and file: must never be read on a feed's say-so. */
export async function fetchArticleText(url: string, settings: FetchSettings, signal?: AbortSignal): Promise<ArticlePage> {
	let protocol: string;
	try {
		protocol = new URL(url).protocol;
	} catch {
		throw new FetchError({key: 'notWebAddress', params: {url}});
	}

	if (protocol !== 'http:' && protocol !== 'https:') {
		throw new FetchError({key: 'pageScheme', params: {scheme: protocol}});
	}

	const result = await fetchFeed(url, {}, settings, signal);
	if (result.status !== 'ok') throw new FetchError({key: 'pageUnchanged', params: {}});
	// Relative links are the page's: after redirects (a feed's tracking link), the address it was answered from.
	const readable = extractReadableText(result.text, result.finalUrl);
	if (!readable) throw new FetchError({key: 'noArticleText', params: {}});
	return {text: readable.text, links: readable.links};
}
