// Links are not an article's content (review V15 #5): an item whose hrefs change at every fetch (tracking parameters,
// signed links) keeps its version, its updated_at and its index; the new links are stored all the same. Migration 14
// takes a store of schema 13, whose hashes counted the links, without rewriting its articles at the next refresh.

import {createHash} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Article, ArticleLink} from '../../source/model/article.js';
import {articleHash} from '../../source/store/article-hash.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

const feed = 'https://a.example/feed.xml';
const tracked = (id: string): ArticleLink[] => [{url: `https://a.example/hintergrund?utm_source=feed&sig=${id}`, text: 'Hintergrund', at: [11]}];

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-links-hash-'));
});

afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

function updatedAt(store: ArticleStore, uid: string): string | null {
	return store.db.prepare('SELECT updated_at FROM articles WHERE uid = ?').pluck().get(uid) as string | null;
}

function versionOf(store: ArticleStore, uid: string): string | undefined {
	return store.articleTimes().find(entry => entry.uid === uid)?.version;
}

describe('an item whose links change at every fetch', () => {
	let store: ArticleStore;

	beforeEach(() => {
		store = new ArticleStore(path.join(dir, 'lagebild.db'));
	});

	afterEach(() => {
		store.close();
	});

	it('keeps one version and its updated_at, and the new links are the ones read', () => {
		const first = makeArticle(feed, '1', {content: 'Hintergrund zur Zorblax-Reform.', links: tracked('a1')});
		store.commitFeed(okState(feed), [first]);
		const version = versionOf(store, first.uid);
		const content = store.contentVersion();
		const hits = store.search('Zorblax').map(hit => hit.uid);
		expect(version).toBeDefined();

		const second: Article = {...first, fetchedAt: '2026-11-20T12:05:00.000Z', links: tracked('b2')};
		expect(store.commitFeed(okState(feed), [second])).toBe(0);
		expect(versionOf(store, first.uid)).toBe(version);
		expect(store.contentVersion()).toBe(content);
		expect(updatedAt(store, first.uid)).toBeNull();
		expect(store.article(first.uid)?.links).toEqual(tracked('b2'));
		expect(store.search('Zorblax').map(hit => hit.uid)).toEqual(hits);

		// Links gone: the column is emptied, still without a new version.
		store.commitFeed(okState(feed), [{...second, links: undefined}]);
		expect(store.article(first.uid)?.links).toBeUndefined();
		expect(versionOf(store, first.uid)).toBe(version);
		expect(store.contentVersion()).toBe(content);
		expect(() => store.db.prepare("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
	});

	it('is still rewritten, links and all, when its text changes', () => {
		const first = makeArticle(feed, '1', {links: tracked('a1')});
		store.commitFeed(okState(feed), [first]);
		const version = versionOf(store, first.uid);
		store.commitFeed(okState(feed), [{...first, content: 'A corrected body.', fetchedAt: '2026-11-20T12:05:00.000Z', links: tracked('c3')}]);
		expect(versionOf(store, first.uid)).not.toBe(version);
		expect(updatedAt(store, first.uid)).toBe('2026-11-20T12:05:00.000Z');
		expect(store.article(first.uid)).toMatchObject({content: 'A corrected body.', links: tracked('c3')});
	});
});

/** The content hash schema 13's lagebild stored: the links' JSON joined the fields when there were some. */
function schema13Hash(article: Article): string {
	const fields = [article.title, article.summary, article.content, article.url, article.author, article.feedTitle, article.language,
		article.publishedEstimated ? '' : article.published];
	if (article.links && article.links.length > 0) fields.push(JSON.stringify(article.links));
	return createHash('sha1').update(fields.join('\u0000')).digest('base64');
}

describe('migration 14: links out of the content hash', () => {
	it('upgrades a store of schema 13 so the next refresh of the same items rewrites nothing, and a links-only write moves no version', () => {
		const file = path.join(dir, 'lagebild.db');
		const linked = makeArticle(feed, '1', {links: tracked('a1')});
		const plain = makeArticle(feed, '2');
		const raw = new Database(file);
		migrate(raw, migrations.slice(0, 13));
		expect(raw.pragma('user_version', {simple: true})).toBe(13);
		raw.prepare("INSERT INTO feeds (url, title, status) VALUES (?, 'A', 'ok')").run(feed);
		const insert = raw.prepare(`INSERT INTO articles (uid, feed_url, item_id, feed_title, url, title, author, published, published_ms, summary,
			content, language, fetched_at, content_hash, links) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
		for (const article of [linked, plain]) {
			insert.run(article.uid, feed, article.itemId, article.feedTitle, article.url, article.title, article.author, article.published,
				Date.parse(article.published), article.summary, article.content, article.language, article.fetchedAt, schema13Hash(article),
				article.links ? JSON.stringify(article.links) : null);
		}

		raw.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
		raw.close();

		const store = new ArticleStore(file);
		try {
			expect(store.db.pragma('user_version', {simple: true})).toBeGreaterThanOrEqual(14);
			// Each row holds the hash a refresh computes now (the linked one rehashed, the plain one as it was).
			const hashes = store.db.prepare('SELECT uid, content_hash FROM articles ORDER BY uid').raw().all();
			expect(hashes).toEqual([linked, plain].map(article => [article.uid, articleHash(article)]).sort());
			const versions = store.articleTimes().map(entry => entry.version);
			const content = store.contentVersion();
			// The refresh after the upgrade brings the same items: nothing is rewritten.
			expect(store.commitFeed(okState(feed), [{...linked, fetchedAt: '2026-11-21T08:00:00.000Z'}, plain])).toBe(0);
			expect(store.articleTimes().map(entry => entry.version)).toEqual(versions);
			expect(store.contentVersion()).toBe(content);
			expect(updatedAt(store, linked.uid)).toBeNull();
			// New hrefs: the links change, nothing else.
			store.commitFeed(okState(feed), [{...linked, links: tracked('b2')}, plain]);
			expect(store.article(linked.uid)?.links).toEqual(tracked('b2'));
			expect(store.contentVersion()).toBe(content);
			// Every other write still moves it: the page's text (F), a changed item.
			store.setFullText(linked.uid, 'Der ganze Text.');
			const afterFullText = store.contentVersion();
			expect(afterFullText).not.toBe(content);
			store.commitFeed(okState(feed), [{...plain, title: 'Title 2, corrected'}]);
			expect(store.contentVersion()).not.toBe(afterFullText);
			expect(store.search('corrected').map(hit => hit.uid)).toEqual([plain.uid]);
			expect(store.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
		} finally {
			store.close();
		}
	});
});
