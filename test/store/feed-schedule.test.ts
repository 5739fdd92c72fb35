// The store's schedule fields (schema 9): a store of schema 8 upgrades in place; the fields round-trip; one query finds the holds.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-schedule-'));
});

afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

describe('the feed schedule in the store', () => {
	it('upgrades a store of schema 8 in place: its feeds and articles stay, a failing feed counts as failing since its last fetch', () => {
		const file = path.join(dir, 'lagebild.db');
		// A store as the previous lagebild wrote it, through its own code path (the ArticleStore of schema 8 is the migrations up to 8).
		expect(migrations.length).toBeGreaterThanOrEqual(9);
		const old = new Database(file);
		migrate(old, migrations.slice(0, 8));
		old.prepare(`INSERT INTO feeds (url, title, status, error, last_fetch, last_success, etag) VALUES
			('https://ok.example/feed', 'OK', 'ok', '', '2026-11-20T10:00:00.000Z', '2026-11-20T10:00:00.000Z', '"v1"'),
			('https://down.example/feed', 'Down', 'error', 'HTTP 500 Internal Server Error', '2026-11-25T09:00:00.000Z', '2026-11-01T09:00:00.000Z', NULL)`).run();
		old.prepare(`INSERT INTO articles (uid, feed_url, item_id, title, published, published_ms, fetched_at)
			VALUES ('u1', 'https://ok.example/feed', 'i1', 'Kept', '2026-11-20T09:00:00.000Z', 1795683600000, '2026-11-20T10:00:00.000Z')`).run();
		expect(old.pragma('user_version', {simple: true})).toBe(8);
		old.close();

		const store = new ArticleStore(file);
		try {
			expect(store.db.pragma('user_version', {simple: true})).toBe(migrations.length);
			expect(store.getFeedState('https://ok.example/feed')).toMatchObject({
				title: 'OK', status: 'ok', etag: '"v1"', articleCount: 1, failures: 0, failingSince: null, retryAfter: null, freshUntil: null, gone: false,
			});
			expect(store.getFeedState('https://down.example/feed')).toMatchObject({
				status: 'error', error: 'HTTP 500 Internal Server Error', failures: 1, failingSince: '2026-11-25T09:00:00.000Z', gone: false,
			});
			expect([...store.refreshHolds().keys()]).toEqual(['https://down.example/feed']);
		} finally {
			store.close();
		}
	});

	it('stores and reads back every schedule field, and finds the held feeds in one query', () => {
		const store = new ArticleStore(path.join(dir, 'lagebild.db'));
		try {
			const url = 'https://limited.example/feed';
			const fields = {failures: 3, failingSince: '2026-11-23T08:00:00.000Z', retryAfter: '2026-11-26T13:00:00.000Z', freshUntil: null, gone: false};
			store.commitFeed({...okState(url), status: 'error', error: 'HTTP 429 Too Many Requests', ...fields}, []);
			const fresh = 'https://hourly.example/feed';
			store.commitFeed({...okState(fresh), freshUntil: '2026-11-26T13:00:00.000Z'}, [makeArticle(fresh, 'i1')]);
			const gone = 'https://gone.example/feed';
			store.commitFeed({...okState(gone), status: 'error', error: 'gone', failures: 1, failingSince: '2026-11-26T12:00:00.000Z', gone: true}, []);
			const plain = 'https://plain.example/feed';
			store.commitFeed(okState(plain), []);

			expect(store.getFeedState(url)).toMatchObject(fields);
			const holds = store.refreshHolds();
			expect([...holds.keys()].sort()).toEqual([fresh, gone, url].sort());
			expect(holds.get(url)).toEqual({lastFetch: okState(url).lastFetch, failures: 3, retryAfter: fields.retryAfter, freshUntil: null, gone: false});
			expect(holds.get(gone)?.gone).toBe(true);
			expect(holds.get(fresh)?.freshUntil).toBe('2026-11-26T13:00:00.000Z');

			// One success clears them (the refresh commits a state without them).
			store.commitFeed(okState(url), []);
			expect(store.getFeedState(url)).toMatchObject({failures: 0, failingSince: null, retryAfter: null, gone: false});
			expect(store.refreshHolds().has(url)).toBe(false);
		} finally {
			store.close();
		}
	});
});
