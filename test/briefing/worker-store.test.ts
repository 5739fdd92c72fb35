// The briefing worker's store connection: its own small page cache, the store's data as any connection reads it.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {openWorkerStore, workerPageCacheKb} from '../../source/briefing/worker-store.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {commitByFeed, makeArticle} from '../store/make-article.js';

const dirs: string[] = [];

afterEach(() => {
	for (const dir of dirs.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function storeFile(): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'lagebild-worker-store-'));
	dirs.push(dir);
	return path.join(dir, 'lagebild.db');
}

describe('openWorkerStore', () => {
	it('limits the page cache of its own connection only, and reads what another connection wrote', () => {
		const file = storeFile();
		const app = new ArticleStore(file);
		const articles = Array.from({length: 40}, (_, index) => makeArticle(`https://feed${index % 3}.example/rss`, `item-${index}`, {content: `Text ${index} `.repeat(200)}));
		commitByFeed(app, articles);
		const worker = openWorkerStore(file);
		try {
			expect(workerPageCacheKb).toBeGreaterThan(0);
			// Negative: KiB (positive would be pages).
			expect(worker.db.pragma('cache_size', {simple: true})).toBe(-workerPageCacheKb);
			// The app's connection keeps better-sqlite3's default, larger cache.
			const appCache = app.db.pragma('cache_size', {simple: true}) as number;
			expect(appCache).not.toBe(-workerPageCacheKb);
			expect(Math.abs(appCache)).toBeGreaterThan(workerPageCacheKb);
			const read = worker.articlesByUid(articles.map((article) => article.uid));
			expect(read.map((article) => [article.uid, article.content]).sort()).toEqual(articles.map((article) => [article.uid, article.content]).sort());
		} finally {
			worker.close();
			app.close();
		}
	});
});
