// Errors of the feed pipeline; their message is the one line shown to the reader.

/** A feed failed for a reason a person can read: the message is that reason, already short and sanitized. */
export class FeedError extends Error {
	override name = 'FeedError';
}

/** Fetching failed: network, HTTP status, limits, redirects, scheme. */
export class FetchError extends FeedError {
	override name = 'FetchError';
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
