// Feed URLs as the user gives them: validation, the form used to spot duplicates, and the short ID.

import {createHash} from 'node:crypto';

export class FeedUrlError extends Error {
	override readonly name = 'FeedUrlError';
}

/** Checks that the text is an http(s) URL and returns it in URL-standard form (lower-case host). */
export function parseFeedUrl(input: string): string {
	const text = input.trim();
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new FeedUrlError(`not a URL: ${JSON.stringify(text)} (feeds are added by their http:// or https:// address)`);
	}

	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new FeedUrlError(`only http:// and https:// feeds can be added, not ${url.protocol.replace(/:$/, '')}: ${text}`);
	}

	if (url.hostname === '') {
		throw new FeedUrlError(`the URL has no host: ${text}`);
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
