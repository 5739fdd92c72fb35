// inflateBody (one call, where a feed is parsed) against Node's streaming decompressors, which the fetch used before.

import {describe, expect, it} from 'vitest';
import zlib from 'node:zlib';
import {FetchError} from '../../source/feeds/feed-error.js';
import {inflateBody} from '../../source/feeds/inflate.js';
import {readFixture} from '../helpers/feed-server.js';

type Coding = 'gzip' | 'deflate' | 'br';

const compress: Record<Coding, (bytes: Buffer) => Buffer> = {
	gzip: bytes => zlib.gzipSync(bytes),
	deflate: bytes => zlib.deflateSync(bytes),
	br: bytes => zlib.brotliCompressSync(bytes),
};

/** What the streaming decompressor with the fetch's options gives, or the error it ends with. */
async function streamed(coding: Coding, body: Buffer): Promise<Buffer | 'error'> {
	const stream = coding === 'br'
		? zlib.createBrotliDecompress({finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH})
		: coding === 'gzip' ? zlib.createGunzip({finishFlush: zlib.constants.Z_SYNC_FLUSH}) : zlib.createInflate({finishFlush: zlib.constants.Z_SYNC_FLUSH});
	return new Promise(resolve => {
		const chunks: Buffer[] = [];
		stream.on('data', (chunk: Buffer) => chunks.push(chunk));
		stream.on('end', () => {
			resolve(Buffer.concat(chunks));
		});
		stream.on('error', () => {
			resolve('error');
		});
		stream.end(body);
	});
}

function inflated(coding: Coding, body: Buffer, max = 10 * 1024 * 1024): Buffer | 'error' {
	try {
		return Buffer.from(inflateBody(body, coding, max));
	} catch (error) {
		expect(error).toBeInstanceOf(FetchError);
		return 'error';
	}
}

const feed = readFixture('guardian-us-politics-2018.rss');

describe('inflateBody', () => {
	it.each(['gzip', 'deflate', 'br'] as const)('gives what the streaming %s decompressor gives: whole, cut short, with garbage, two members', async coding => {
		const whole = compress[coding](feed);
		expect(inflated(coding, whole)).toEqual(feed);
		const cases = [whole, whole.subarray(0, Math.floor(whole.length / 2)), whole.subarray(0, 10), Buffer.alloc(0),
			Buffer.concat([whole, Buffer.from('trailing garbage')]), Buffer.concat([whole, whole]), Buffer.from('<rss>not compressed</rss>')];
		for (const body of cases) expect(inflated(coding, body)).toEqual(await streamed(coding, body));
	});

	it('stops at the cap with the fetch\'s message, and names the coding of a corrupt body', () => {
		const bomb = zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024));
		expect(() => inflateBody(bomb, 'gzip', 2 * 1024 * 1024)).toThrow(new FetchError('too large (over 2 MB)'));
		expect(inflateBody(bomb, 'gzip', 20 * 1024 * 1024).length).toBe(20 * 1024 * 1024);
		expect(() => inflateBody(Buffer.from('plain text'), 'gzip', 1024)).toThrow(new FetchError('corrupt gzip body'));
		expect(() => inflateBody(Buffer.from('plain text'), 'x-gzip', 1024)).toThrow(new FetchError('corrupt x-gzip body'));
		expect(() => inflateBody(feed, 'compress', 1024 * 1024)).toThrow(new FetchError('unsupported content encoding compress'));
		expect(() => inflateBody(feed, '', 1000)).toThrow(new FetchError('too large (over 1 KB)'));
		expect(inflateBody(feed, 'identity', feed.length)).toBe(feed);
	});
});
