// Fetches an article's page and extracts its full text, for feeds that only carry a teaser.

import type {FetchSettings} from './fetch.js';
import {fetchFeed} from './fetch.js';
import {FetchError} from './feed-error.js';
import {extractReadableText} from '../text/readable.js';

/** Only web pages: a feed's item link could name any scheme, and file: must never be read on a feed's say-so. */
export async function fetchArticleText(url: string, settings: FetchSettings, signal?: AbortSignal): Promise<string> {
	let protocol: string;
	try {
		protocol = new URL(url).protocol;
	} catch {
		throw new FetchError(`not a web address: ${url}`);
	}

	if (protocol !== 'http:' && protocol !== 'https:') {
		throw new FetchError(`only http and https pages are fetched, not ${protocol}`);
	}

	const result = await fetchFeed(url, {}, settings, signal);
	if (result.status !== 'ok') throw new FetchError('the page did not change, but no copy of it is kept');
	const readable = extractReadableText(result.text);
	if (!readable) throw new FetchError('no article text found on the page');
	return readable.text;
}
