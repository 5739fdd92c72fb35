// The commit queue: feeds finishing together share one store transaction, and each feed still gets its own outcome.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createCommitQueue} from '../../source/feeds/commit-queue.js';
import type {FeedCommit} from '../../source/model/refresh.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from '../store/make-article.js';
import {MemoryStore} from './memory-store.js';

let dir: string;
let store: ArticleStore;
let batches: number[];

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-queue-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
	batches = [];
	const commitFeeds = store.commitFeeds.bind(store);
	store.commitFeeds = (commits: readonly FeedCommit[]) => {
		batches.push(commits.length);
		return commitFeeds(commits);
	};
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

const feedUrl = (index: number): string => `https://feed${index}.example/rss`;

describe('createCommitQueue', () => {
	it('writes feeds queued within the window in one transaction and answers each with its own count', async () => {
		const queue = createCommitQueue(store, {windowMs: 20, maxBatch: 32});
		const counts = await Promise.all(Array.from({length: 10}, async (_, index) =>
			queue.commit(okState(feedUrl(index)), Array.from({length: index + 1}, (_, item) => makeArticle(feedUrl(index), `i${item}`)))));
		expect(counts).toEqual(Array.from({length: 10}, (_, index) => index + 1));
		expect(batches).toEqual([10]);
		expect(store.count()).toBe(55);
		expect(store.search('Title i9')).toHaveLength(1);
	});

	it('splits a long queue into batches of at most maxBatch', async () => {
		const queue = createCommitQueue(store, {windowMs: 20, maxBatch: 4});
		await Promise.all(Array.from({length: 10}, async (_, index) => queue.commit(okState(feedUrl(index)), [makeArticle(feedUrl(index), 'only')])));
		expect(batches.reduce((sum, size) => sum + size, 0)).toBe(10);
		expect(Math.max(...batches)).toBeLessThanOrEqual(4);
		expect(store.count()).toBe(10);
	});

	it('rejects only the feed that could not be stored', async () => {
		const queue = createCommitQueue(store, {windowMs: 20});
		const outcomes = await Promise.allSettled([
			queue.commit(okState(feedUrl(1)), [makeArticle(feedUrl(1), 'a')]),
			queue.commit(okState(feedUrl(2)), [makeArticle(feedUrl(3), 'elsewhere')]),
			queue.commit(okState(feedUrl(4)), [makeArticle(feedUrl(4), 'b')]),
		]);
		expect(outcomes.map(outcome => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
		expect(String((outcomes[1] as PromiseRejectedResult).reason)).toMatch(/belongs to/);
		expect(store.articles().map(article => article.itemId).sort()).toEqual(['a', 'b']);
	});

	it('writes at once, without waiting out the window, when nothing else can join', async () => {
		let unfinished = 3;
		const queue = createCommitQueue(store, {windowMs: 600_000, nothingElseComing: queued => queued >= unfinished});
		const first = queue.commit(okState(feedUrl(1)), [makeArticle(feedUrl(1), 'a')]);
		unfinished--; // a feed that ended without a commit (cancelled)
		const second = queue.commit(okState(feedUrl(2)), [makeArticle(feedUrl(2), 'b')]);
		expect(await Promise.all([first, second])).toEqual([1, 1]);
		expect(batches).toEqual([2]);
	});

	it('falls back to one commit per feed for a store without commitFeeds', async () => {
		const memory = new MemoryStore();
		const queue = createCommitQueue(memory, {windowMs: 10});
		const counts = await Promise.all([1, 2, 3].map(async index => queue.commit(okState(feedUrl(index)), [makeArticle(feedUrl(index), 'x'), makeArticle(feedUrl(index), 'y')])));
		expect(counts).toEqual([2, 2, 2]);
		expect(memory.commits).toHaveLength(3);
	});
});
