// The app's poll for a refresh made by another process (walk 13 #256): the change stamp and the refresh lock's holder,
// across two processes on one file.

import {type ChildProcess, spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';
import {bundleForChild} from './source-bundle.js';

const feedA = 'https://a.example/feed.xml';
const feedB = 'https://b.example/rss';

let refresherScript = '';
let dir = '';

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-stamp-'));
	// The child refreshes as `lagebild refresh` does (the lock, commits of feeds), one step per line on its stdin.
	refresherScript = await bundleForChild('stamp-refresher', `
import {createInterface} from 'node:readline';
import {ArticleStore} from './source/store/article-store.ts';
import {makeArticle, okState} from './test/store/make-article.ts';
const store = new ArticleStore(process.argv[2]);
const release = store.lockRefresh();
const steps = [
	() => store.commitFeed(okState('${feedA}'), [makeArticle('${feedA}', 'a1'), makeArticle('${feedA}', 'a2')]),
	// A feed that answered 304: its row alone is written.
	() => store.commitFeed(okState('${feedB}', {lastFetch: '2026-11-27T19:00:00.000Z', status: 'not-modified'}), []),
	() => release(),
];
const lines = createInterface({input: process.stdin});
process.stdout.write('locked\\n');
lines.on('line', () => {
	steps.shift()!();
	process.stdout.write(steps.length === 0 ? 'released\\n' : 'step\\n');
	if (steps.length === 0) { store.close(); process.exit(0); }
});
`);
});

afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
	rmSync(refresherScript, {force: true});
});

/** Writes a line to the child and waits for its next answer. */
function step(child: ChildProcess, expected: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			if (!chunk.toString().includes(expected)) return;
			child.stdout!.off('data', onData);
			resolve();
		};
		child.stdout!.on('data', onData);
		child.once('exit', code => code === 0 || reject(new Error(`refresher exited with ${code}`)));
		if (expected !== 'locked') child.stdin!.write('go\n');
	});
}

describe('changeStamp and refreshingElsewhere', () => {
	it('tell the app, while it keeps its store open, that another process refreshed and whether it still does', async () => {
		const file = path.join(dir, 'two.db');
		const app = new ArticleStore(file);
		app.commitFeed(okState(feedB), [makeArticle(feedB, 'b1')]);
		const looked = app.changeStamp();
		expect(app.refreshingElsewhere()).toBeUndefined();

		const child = spawn(process.execPath, [refresherScript, file], {stdio: ['pipe', 'pipe', 'inherit']});
		try {
			await step(child, 'locked');
			expect(app.refreshingElsewhere()).toBe(child.pid);
			expect(app.changeStamp()).toBe(looked);

			await step(child, 'step');
			const afterArticles = app.changeStamp();
			expect(afterArticles).not.toBe(looked);
			expect(app.count()).toBe(3);
			expect(app.refreshingElsewhere()).toBe(child.pid);

			// Only a feed's row changed (a 304): the stamp moves too, so the feed manager's states are read again.
			await step(child, 'step');
			const afterFeedRow = app.changeStamp();
			expect(afterFeedRow).not.toBe(afterArticles);
			expect(app.getFeedState(feedB)?.lastFetch).toBe('2026-11-27T19:00:00.000Z');

			await step(child, 'released');
			expect(app.refreshingElsewhere()).toBeUndefined();
			expect(app.changeStamp()).toBe(afterFeedRow);
		} finally {
			child.kill();
			app.close();
		}
	});

	it('does not move for the app\'s own marks, stars, analysis cache or snapshots, nor for this process\'s lock', () => {
		const store = new ArticleStore(path.join(dir, 'own.db'));
		try {
			store.commitFeed(okState(feedA), [makeArticle(feedA, 'a1')]);
			const uid = makeArticle(feedA, 'a1').uid;
			const stamp = store.changeStamp();
			store.markRead([uid]);
			store.markFeedRead(feedA);
			store.setStarred([uid]);
			store.markStoriesSeen(['story-1']);
			store.putAnalysis(uid, 'people-v1', 'hash', {people: []});
			store.putSnapshot('briefing', 'key', {stories: []});
			const release = store.lockRefresh();
			expect(store.refreshingElsewhere()).toBeUndefined();
			release();
			expect(store.changeStamp()).toBe(stamp);
			// A change of an article moves it; so does a feed's new title.
			store.commitFeed(okState(feedA), [makeArticle(feedA, 'a1', {title: 'A new title'})]);
			const changed = store.changeStamp();
			expect(changed).not.toBe(stamp);
			store.setFeedTitle(feedA, 'Feed A');
			expect(store.changeStamp()).not.toBe(changed);
		} finally {
			store.close();
		}
	});
});

describe('migration 18: the feeds\' version', () => {
	it('upgrades a store of schema 17 whose feed rows then move the stamp', () => {
		const file = path.join(dir, 'seventeen.db');
		const raw = new Database(file);
		migrate(raw, migrations.slice(0, 17));
		raw.prepare('INSERT INTO feeds (url) VALUES (?)').run(feedA);
		raw.close();

		const store = new ArticleStore(file);
		try {
			expect(store.db.pragma('user_version', {simple: true})).toBeGreaterThanOrEqual(18);
			const stamp = store.changeStamp();
			expect(stamp).toMatch(/^\d+\.0$/u);
			store.commitFeed(okState(feedA, {status: 'error', error: 'http-404'}), []);
			expect(store.changeStamp()).not.toBe(stamp);
			expect(store.db.pragma('integrity_check', {simple: true})).toBe('ok');
		} finally {
			store.close();
		}
	});
});
