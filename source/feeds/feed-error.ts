// Errors of the feed pipeline; their message is the one line shown to the reader.

import {type ErrorText, feedErrorKeys, type FeedErrorKey} from '../i18n/error-keys.js';
import {KeyedError, keyed} from '../i18n/keyed-error.js';

/**
 * A feed failed for a reason a person can read: the message is that reason, already short and sanitized, in English;
 * `key` and `params` say it in the interface's language.
 */
export class FeedError extends KeyedError {
	override name = 'FeedError';
	/** The keys a feed error may carry (each has its words in every language: test/i18n/error-keys.test.ts). */
	static readonly keys: readonly FeedErrorKey[] = feedErrorKeys;
	constructor(error: string | ErrorText<FeedErrorKey>) {
		super(...keyed(error));
	}
}

/** Fetching failed: network, HTTP status, limits, redirects, scheme. */
export class FetchError extends FeedError {
	override name = 'FetchError';
}

/** The server answered with an error status; 429 / 503 may say when to ask again (Retry-After, as sent). */
export class HttpStatusError extends FetchError {
	override name = 'HttpStatusError';
	constructor(error: string | ErrorText<FeedErrorKey>, readonly status: number, readonly retryAfter: string | null) {
		super(error);
	}
}

/** The bytes arrived but are not a usable feed: HTML page, XML error, refused DOCTYPE. */
export class ParseError extends FeedError {
	override name = 'ParseError';
}

export function formatMegabytes(bytes: number): string {
	const mb = bytes / (1024 * 1024);
	return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** The one-line error for a body past the size cap, before or after decompression. */
export function tooLarge(maxBytes: number): FetchError {
	return new FetchError({key: 'tooLarge', params: {size: formatMegabytes(maxBytes)}});
}
