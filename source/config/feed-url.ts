// Feed URLs as the user gives them: validation, the form used to spot duplicates, and the short ID.

import {createHash} from 'node:crypto';
import {type ErrorText, feedUrlErrorKeys, type FeedUrlErrorKey} from '../i18n/error-keys.js';
import {KeyedError, keyed} from '../i18n/keyed-error.js';

/** The feed list refuses an address: English `message`, and `key`/`params` for the interface's language. */
export class FeedUrlError extends KeyedError {
	override readonly name = 'FeedUrlError';
	static readonly keys: readonly FeedUrlErrorKey[] = feedUrlErrorKeys;
	constructor(error: string | ErrorText<FeedUrlErrorKey>) {
		super(...keyed(error));
	}
}

/** Checks that the text is an http(s) URL and returns it in URL-standard form (lower-case host). */
export function parseFeedUrl(input: string): string {
	const text = input.trim();
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new FeedUrlError({key: 'notUrl', params: {text: JSON.stringify(text)}});
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new FeedUrlError({key: 'onlyHttp', params: {scheme: url.protocol.replace(/:$/, ''), url: text}});
	}

	if (url.hostname === '') {
		throw new FeedUrlError({key: 'noHost', params: {url: text}});
	}

	url.hash = '';
	return url.href;
}

/** "example.org/rss", not "https://example.org/rss": typedFeedUrl took the scheme for https, which may be a guess. */
export function typedWithoutScheme(value: string): boolean {
	return !/^[a-z][a-z\d+.-]*:\/\//iu.test(value.trim());
}

/**
 * The feed address as typed, made whole: "example.org/rss" means https://example.org/rss, as in a browser. Undefined
 * when it is no http(s) address. The feed manager's prompt and `lagebild feeds add` both take addresses this way.
 */
export function typedFeedUrl(value: string): string | undefined {
	const text = value.trim();
	const hasScheme = !typedWithoutScheme(text);
	try {
		const url = parseFeedUrl(hasScheme ? text : `https://${text}`);
		// Without a scheme only something that looks like an address: "notaurl" is a typo, not https://notaurl/.
		const {hostname} = new URL(url);
		return hasScheme || hostname.includes('.') || hostname === 'localhost' ? url : undefined;
	} catch {
		return undefined;
	}
}

/** Two URLs with the same key are the same feed: host case, default port, fragment and trailing slash do not count. */
export function feedUrlKey(input: string): string {
	try {
		const url = new URL(input.trim());
		url.hash = '';
		const path = url.pathname.replace(/\/+$/, '');
		return `${url.protocol}//${url.host}${path}${url.search}`;
	} catch {
		return input.trim();
	}
}

/** Short stable ID shown by `feeds list` and accepted by `feeds remove`. */
export function feedId(url: string): string {
	return createHash('sha1').update(url).digest('hex').slice(0, 6);
}

/** The host of a URL without "www.", used as a title when a feed has none. */
export function hostTitle(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}
