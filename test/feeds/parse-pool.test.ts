// The parse workers (as built in dist/) give exactly what parsing in this thread gives, errors included.

import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {ParseError} from '../../source/feeds/feed-error.js';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {createFeedParser, type FeedParser} from '../../source/feeds/parse-pool.js';
import {defaultSettings} from '../../source/model/feed.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const builtPool = path.join(repoRoot, 'dist', 'feeds', 'parse-pool.js');
const fixtures = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'feeds');
const options = (file: string) => ({feedUrl: pathToFileURL(file).href, fetchedAt: '2026-11-25T12:00:00.000Z', settings: defaultSettings});

describe('feed parser pool', () => {
	it('parses in this thread where no built worker script is next to it (the TypeScript sources)', () => {
		expect(createFeedParser(2).workers).toBe(0);
	});

	it.skipIf(!existsSync(builtPool)).each(['worker', 'caller', 'balance'] as const)('parses every fixture in worker threads exactly as in this thread (normalised by the %s), and reports feed errors as ParseError', async (normalizeIn) => {
		const {createFeedParser: createBuilt} = await import(pathToFileURL(builtPool).href) as {createFeedParser: typeof createFeedParser};
		const pool: FeedParser = createBuilt(2, {}, normalizeIn);
		try {
			expect(pool.workers).toBe(2);
			const files = readdirSync(fixtures).filter(name => !name.startsWith('broken')).map(name => path.join(fixtures, name));
			const texts = await Promise.all(files.map(async file => readFeedFile(file)));
			const inWorkers = await Promise.all(files.map(async (file, index) => pool.parse(texts[index]!, options(file))));
			// As fetched: the bytes, decoded in the worker (a Buffer from the file, so its memory is moved, not shared).
			const fromBytes = await Promise.all(files.map(async file => pool.parse({body: readFileSync(file), contentType: null}, options(file))));
			for (const [index, file] of files.entries()) {
				const expected = await parseFeedText(texts[index]!, options(file));
				expect(inWorkers[index], path.basename(file)).toEqual(expected);
				expect(fromBytes[index], path.basename(file)).toEqual(expected);
			}

			const html = '<!DOCTYPE html><html><head><title>x</title></head><body>no feed</body></html>';
			const failure = await pool.parse(html, options('/page.html')).catch((error: unknown) => error);
			// The worker's error arrives as the dist class, with the same one-line message.
			expect((failure as Error).name).toBe(new ParseError('').name);
			expect((failure as Error).message).toBe('not a feed (got an HTML page)');
		} finally {
			await pool.close();
		}
	});

	it.skipIf(!existsSync(builtPool))('takes feeds into this thread when the worker is backlogged (when asked to), and inflates compressed bodies on either side, with the same results', async () => {
		const {createFeedParser: createBuilt} = await import(pathToFileURL(builtPool).href) as {createFeedParser: typeof createFeedParser};
		const files = readdirSync(fixtures).filter(name => !name.startsWith('broken')).map(name => path.join(fixtures, name));
		const expected = await Promise.all(files.map(async file => parseFeedText(await readFeedFile(file), options(file))));
		// As a refresh hands them over: gzip bodies with their cap (every other one), the rest plain bytes.
		const bytes = (file: string, index: number) => {
			const body = readFileSync(file);
			return index % 2 === 0 ? {body: gzipSync(body), contentType: null, contentEncoding: 'gzip', maxBytes: defaultSettings.maxBodyBytes} : {body, contentType: null};
		};
		// Inflated by this thread ('caller') or by the worker ('worker'), or as the balance falls.
		for (const [normalizeIn, parseHere] of [['balance', {backlog: 1, busyBelow: 1.01}], ['balance', false], ['caller', false], ['worker', false]] as const) {
			const pool: FeedParser = createBuilt(1, {}, normalizeIn, parseHere);
			try {
				const parsed = await Promise.all(files.map(async (file, index) => pool.parse(bytes(file, index), options(file))));
				for (const [index, file] of files.entries()) expect(parsed[index], path.basename(file)).toEqual(expected[index]);
				if (parseHere) {
					// The first feed goes to the idle worker; of the rest, this thread takes what it has time for.
					expect(pool.parsedHere).toBeGreaterThan(0);
					expect(pool.parsedHere).toBeLessThan(files.length);
				} else {
					expect(pool.parsedHere).toBe(0);
				}

				const bomb = {body: gzipSync(Buffer.alloc(3 * 1024 * 1024)), contentType: null, contentEncoding: 'gzip', maxBytes: 1024 * 1024};
				await expect(pool.parse(bomb, options('/bomb.xml'))).rejects.toThrow('too large (over 1 MB)');
			} finally {
				await pool.close();
			}
		}
	});

	it.skipIf(!existsSync(builtPool))('finishes normalising a feed here when the worker is behind (two or more feeds in hand), in the worker otherwise, with the same results', async () => {
		const {createFeedParser: createBuilt} = await import(pathToFileURL(builtPool).href) as {createFeedParser: typeof createFeedParser};
		const files = readdirSync(fixtures).filter(name => !name.startsWith('broken')).map(name => path.join(fixtures, name));
		const texts = await Promise.all(files.map(async file => readFeedFile(file)));
		const expected = await Promise.all(files.map(async (file, index) => parseFeedText(texts[index]!, options(file))));
		const pool: FeedParser = createBuilt(1, {}, 'balance');
		try {
			// One at a time: the worker is never behind and normalises every feed itself.
			for (const [index, file] of files.entries()) expect(await pool.parse(texts[index]!, options(file)), path.basename(file)).toEqual(expected[index]);
			expect(pool.normalizedHere).toBe(0);
			// All at once: the first two find the worker with fewer than two feeds in hand; the rest queue behind them, and
			// their bodies' text comes from the worker, the rest of normalising is done here.
			const parsed = await Promise.all(files.map(async (file, index) => pool.parse(texts[index]!, options(file))));
			for (const [index, file] of files.entries()) expect(parsed[index], path.basename(file)).toEqual(expected[index]);
			expect(files.length).toBeGreaterThan(4);
			expect(pool.normalizedHere).toBe(files.length - 2);
		} finally {
			await pool.close();
		}
	});

	it('is off when LAGEBILD_PARSE_WORKERS=0', () => {
		expect(createFeedParser(2, {LAGEBILD_PARSE_WORKERS: '0'}).workers).toBe(0);
	});
});
