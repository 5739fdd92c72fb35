// A compressed feed body (gzip, deflate, br) inflated in one call where it is parsed, with the cap on its size.

import {constants as bufferConstants} from 'node:buffer';
import zlib from 'node:zlib';
import {FetchError, tooLarge} from './feed-error.js';
import type {FeedBytes} from './fetch.js';
import {sanitizeLine} from '../text/sanitize.js';

/** The content codings a refresh asks for; anything else a server sends is refused when the response arrives. */
export const contentCodings = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/** The codings whose output is the body itself. */
export function isIdentityCoding(encoding: string): boolean {
	return encoding === '' || encoding === 'identity';
}

/** Throws the refresh's one-line error for a coding that is neither identity nor one of `contentCodings`. */
export function checkContentCoding(encoding: string): void {
	if (!isIdentityCoding(encoding) && !contentCodings.has(encoding)) {
		throw new FetchError({key: 'encoding', params: {encoding: sanitizeLine(encoding).slice(0, 40)}});
	}
}

/** The body decompressed where it was kept compressed (with its cap), else as it is. */
export function readableBytes(raw: FeedBytes): Uint8Array {
	const encoding = raw.contentEncoding ?? '';
	return isIdentityCoding(encoding) ? raw.body : inflateBody(raw.body, encoding, raw.maxBytes ?? bufferConstants.MAX_LENGTH);
}

/**
 * The body decompressed. At most `maxBytes` come out: zlib stops as soon as its output would pass that (a bomb costs
 * no more memory than the cap). A stream cut short yields what arrived (sync flush at the end), as the streaming
 * decompressors did; bytes that are not of the coding throw "corrupt gzip body" and the like.
 */
export function inflateBody(body: Uint8Array, encoding: string, maxBytes: number): Uint8Array {
	if (isIdentityCoding(encoding)) {
		if (body.byteLength > maxBytes) throw tooLarge(maxBytes);
		return body;
	}

	checkContentCoding(encoding);
	// zlib refuses a limit above the largest Buffer.
	const maxOutputLength = Math.max(1, Math.min(maxBytes, bufferConstants.MAX_LENGTH));
	try {
		switch (encoding) {
			case 'br': return zlib.brotliDecompressSync(body, {finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH, maxOutputLength});
			case 'deflate': return zlib.inflateSync(body, {finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength});
			default: return zlib.gunzipSync(body, {finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength});
		}
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(maxBytes);
		throw new FetchError({key: 'corrupt', params: {encoding}});
	}
}
