// Errors of the feed pipeline; their message is the one line shown to the reader.

/** A feed failed for a reason a person can read: the message is that reason, already short and sanitized. */
export class FeedError extends Error {
	override name = 'FeedError';
}

/** Fetching failed: network, HTTP status, limits, redirects, scheme. */
export class FetchError extends FeedError {
	override name = 'FetchError';
}

/** The server answered with an error status; 429 / 503 may say when to ask again (Retry-After, as sent). */
export class HttpStatusError extends FetchError {
	override name = 'HttpStatusError';
	constructor(message: string, readonly status: number, readonly retryAfter: string | null) {
		super(message);
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
	return new FetchError(`too large (over ${formatMegabytes(maxBytes)})`);
}
