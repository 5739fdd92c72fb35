// Fuzzing refresh: batches of mutated real feeds refreshed together; each bad feed is one error record, good ones lose nothing.

import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import fc from 'fast-check';
import {afterAll, describe, expect, test} from 'vitest';
import {decodeFeedBytes} from '../../source/feeds/decode.js';
import {ParseError} from '../../source/feeds/feed-error.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {refreshFeeds} from '../../source/feeds/refresh.js';
import {defaultSettings, type FeedConfig} from '../../source/model/feed.js';
import type {RefreshStore} from '../../source/model/refresh.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {MemoryStore} from '../feeds/memory-store.js';
import {loadSeedFeeds, mutantArbitrary, mutateFeed, wellFormedMutantArbitrary} from '../helpers/fuzz-feeds.js';

const seeds = loadSeedFeeds(2);
const dir = mkdtempSync(path.join(tmpdir(), 'lagebild-fuzz-refresh-'));
const settings = {...defaultSettings, concurrency: 4};
const now = new Date('2026-01-01T00:00:00.000Z');
let feedsRefreshed = 0;
let batch = 0;

afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
	console.info(`fuzz-refresh: ${feedsRefreshed} mutated feeds refreshed in ${batch} batches`);
});

type Expected = {outcome: 'ok'; uids: Set<string>} | {outcome: 'error'; message: string};

/** What parsing the same bytes on their own gives: the oracle for what refresh must record. */
async function expectedFor(url: string, bytes: Buffer): Promise<Expected> {
	try {
		const parsed = await parseFeedText(decodeFeedBytes(bytes).text, {feedUrl: url, fetchedAt: now.toISOString(), settings});
		return {outcome: 'ok', uids: new Set(parsed.articles.map((article) => article.uid))};
	} catch (error) {
		if (!(error instanceof ParseError)) throw error;
		return {outcome: 'error', message: error.message};
	}
}

const mutants = fc.array(fc.oneof(mutantArbitrary(seeds.length), wellFormedMutantArbitrary(seeds.length)), {minLength: 1, maxLength: 12});

async function refreshBatch(list: Array<{seed: number; mutations: Parameters<typeof mutateFeed>[1]}>, useSqlite: boolean): Promise<void> {
	batch++;
	const feeds: FeedConfig[] = [];
	const expected = new Map<string, Expected>();
	for (const [index, mutant] of list.entries()) {
		const bytes = mutateFeed(seeds[mutant.seed]!.text, mutant.mutations);
		const file = path.join(dir, `b${batch}-${index}.xml`);
		writeFileSync(file, bytes);
		const url = pathToFileURL(file).href;
		feeds.push({url, title: '', tags: [], enabled: true});
		expected.set(url, await expectedFor(url, bytes));
	}
	// One feed that is never broken: its articles must arrive whatever the others do.
	const pristine = path.join(dir, `b${batch}-pristine.xml`);
	writeFileSync(pristine, seeds[batch % seeds.length]!.text);
	feeds.push({url: pathToFileURL(pristine).href, title: '', tags: [], enabled: true});
	expected.set(feeds.at(-1)!.url, await expectedFor(feeds.at(-1)!.url, Buffer.from(seeds[batch % seeds.length]!.text)));

	const sqlite = useSqlite ? new ArticleStore(':memory:') : undefined;
	const memory = useSqlite ? undefined : new MemoryStore();
	const store: RefreshStore = sqlite ?? memory!;
	try {
		const summary = await refreshFeeds(feeds, {settings, store, now});
		feedsRefreshed += feeds.length;
		// Exactly one result per feed, in order.
		if (summary.results.length !== feeds.length) throw new Error(`${summary.results.length} results for ${feeds.length} feeds`);
		for (const [index, result] of summary.results.entries()) {
			const want = expected.get(feeds[index]!.url)!;
			if (result.url !== feeds[index]!.url) throw new Error('results out of order');
			if (result.outcome !== want.outcome) throw new Error(`${result.url}: ${result.outcome} (${result.error}), expected ${want.outcome}`);
			if (want.outcome === 'error' && result.error !== want.message) throw new Error(`error line ${result.error} ≠ ${want.message}`);
			if (memory) {
				const commits = memory.commits.filter((commit) => commit.state.url === result.url);
				// One record per feed: a failed feed is one error state and no articles.
				if (commits.length !== 1) throw new Error(`${commits.length} commits for ${result.url}`);
				if (commits[0]!.state.status !== want.outcome) throw new Error(`state ${commits[0]!.state.status}`);
				const stored = new Set(memory.articlesOf(result.url).map((article) => article.uid));
				const wanted = want.outcome === 'ok' ? want.uids : new Set<string>();
				if (stored.size !== wanted.size || [...wanted].some((uid) => !stored.has(uid))) throw new Error(`articles of ${result.url} differ`);
			}
			if (sqlite) {
				const state = sqlite.getFeedState(result.url);
				if (state?.status !== want.outcome) throw new Error(`state ${state?.status} for ${result.url}`);
				const stored = new Set(sqlite.articles({feedUrls: [result.url]}).map((article) => article.uid));
				const wanted = want.outcome === 'ok' ? want.uids : new Set<string>();
				if (stored.size !== wanted.size || [...wanted].some((uid) => !stored.has(uid))) throw new Error(`stored articles of ${result.url}: ${stored.size}, expected ${wanted.size}`);
				if (want.outcome === 'error' && state.error !== want.message) throw new Error(`stored error ${state.error}`);
			}
		}
		if (sqlite && sqlite.feedStates().length !== feeds.length) throw new Error('one feed state per feed');
		if (summary.failed !== [...expected.values()].filter((want) => want.outcome === 'error').length) throw new Error('failed count');
	} finally {
		sqlite?.close();
	}
}

describe('fuzzing refresh with batches of mutated feeds', () => {
	test('in-memory store: one commit per feed, error records for bad feeds, all articles of good ones', async () => {
		await fc.assert(fc.asyncProperty(mutants, async (list) => refreshBatch(list, false)), {seed: 31, numRuns: Number(process.env.FUZZ_RUNS_REFRESH ?? 60)});
	}, 120_000);

	test('SQLite store: one feed state per feed with the right status and exactly the parsed articles', async () => {
		await fc.assert(fc.asyncProperty(mutants, async (list) => refreshBatch(list, true)), {seed: 32, numRuns: Number(process.env.FUZZ_RUNS_REFRESH ?? 60)});
		expect(feedsRefreshed).toBeGreaterThan(0);
	}, 120_000);
});
