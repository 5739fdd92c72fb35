// An article's links in the store: migration 13 keeps stores of schema 12 working, the links are written with the
// article (the feed's) and with its full text (the page's), read with one article only, and never searched.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {ArticleLink} from '../../source/model/article.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

const feed = 'https://a.example/feed.xml';
const links: ArticleLink[] = [
	{url: 'https://a.example/hintergrund-zorblax', text: 'Mehr dazu im Hintergrund.', at: [40]},
	{url: 'https://b.example/quuxhafen-bericht?utm_source=feed', text: 'Bericht', at: []},
];

let dir: string;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-links-'));
});

afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

describe('migration 13: article links', () => {
	it('upgrades a store of schema 12 in place: its articles, marks, full text and search stay, without links until a refresh brings them', () => {
		const file = path.join(dir, 'lagebild.db');
		// The store as the previous lagebild left it: its schema (the migrations up to 12), and rows written in that
		// schema's SQL (this version's code writes columns schema 12 has not): an article, its full text and a star.
		expect(migrations.length).toBeGreaterThanOrEqual(13);
		const raw = new Database(file);
		migrate(raw, migrations.slice(0, 12));
		expect(raw.pragma('user_version', {simple: true})).toBe(12);
		raw.prepare("INSERT INTO feeds (url, title, status) VALUES (?, 'A', 'ok')").run(feed);
		raw.prepare(`INSERT INTO articles (uid, feed_url, item_id, title, published, published_ms, summary, content, fetched_at, full_text)
			VALUES ('u1', ?, 'i1', 'Zorblax-Delegation in Kiew', '2026-11-20T09:00:00.000Z', 1795683600000, 'Teaser', 'Teaser über Quuxhafen', '2026-11-20T10:00:00.000Z', 'Ganzer Text über Quuxhafen')`).run(feed);
		raw.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
		raw.prepare("INSERT INTO read_state (uid, starred) VALUES ('u1', 1)").run();
		raw.close();

		const store = new ArticleStore(file);
		try {
			expect(store.db.pragma('user_version', {simple: true})).toBe(migrations.length);
			const article = store.article('u1');
			expect(article).toMatchObject({title: 'Zorblax-Delegation in Kiew', content: 'Ganzer Text über Quuxhafen', starred: true});
			expect(article?.links).toBeUndefined();
			expect(store.search('Quuxhafen').map(hit => hit.uid)).toEqual(['u1']);
			// The page's links come with a full text fetched again.
			store.setFullText('u1', 'Ganzer Text über Quuxhafen, neu', links);
			expect(store.article('u1')?.links).toEqual(links);
			expect(store.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
		} finally {
			store.close();
		}
	});
});

describe('article links in the store', () => {
	let store: ArticleStore;

	beforeEach(() => {
		store = new ArticleStore(path.join(dir, 'lagebild.db'));
	});

	afterEach(() => {
		store.close();
	});

	it('keeps the feed\'s links with the article and reads them with that one article only', () => {
		const article = makeArticle(feed, '1', {links});
		store.commitFeed(okState(feed), [article]);
		expect(store.article(article.uid)?.links).toEqual(links);
		// Lists (the briefing's, a feed's) do without: the reader alone shows them.
		expect(store.articles()[0]).not.toHaveProperty('links');
		expect(store.articlesByUid([article.uid])[0]).not.toHaveProperty('links');
	});

	it('takes new links from a refresh, and changes nothing when the item is the same', () => {
		const plain = makeArticle(feed, '1');
		store.commitFeed(okState(feed), [plain]);
		expect(store.article(plain.uid)?.links).toBeUndefined();
		const version = store.contentVersion();
		store.commitFeed(okState(feed), [plain]);
		expect(store.contentVersion()).toBe(version);
		// The same item with links (a refresh after the upgrade): stored.
		store.commitFeed(okState(feed), [{...plain, links}]);
		expect(store.article(plain.uid)?.links).toEqual(links);
		const withLinks = store.contentVersion();
		store.commitFeed(okState(feed), [{...plain, links}]);
		expect(store.contentVersion()).toBe(withLinks);
		// A link gone from the feed's item is gone from the store.
		store.commitFeed(okState(feed), [{...plain, links: [links[0]!]}]);
		expect(store.article(plain.uid)?.links).toEqual([links[0]]);
	});

	it('shows the page\'s links once F read it, and the page\'s only, whatever a later refresh brings', () => {
		const article = makeArticle(feed, '1', {links});
		store.commitFeed(okState(feed), [article]);
		const page: ArticleLink[] = [{url: 'https://a.example/seite', text: 'Seite', at: [5]}];
		store.setFullText(article.uid, 'Seite eins', page);
		expect(store.article(article.uid)?.links).toEqual(page);
		store.commitFeed(okState(feed), [{...article, content: 'Neuer Teaser', links: [links[1]!]}]);
		expect(store.article(article.uid)).toMatchObject({content: 'Seite eins', links: page});
		// A page without links shows none, not the feed's.
		store.setFullText(article.uid, 'Seite zwei');
		expect(store.article(article.uid)?.links).toBeUndefined();
	});

	it('does not index the addresses: a word only in a link\'s URL finds nothing', () => {
		const article = makeArticle(feed, '1', {content: 'Mehr dazu im Hintergrund.', links});
		store.commitFeed(okState(feed), [article]);
		expect(store.search('Hintergrund').map(hit => hit.uid)).toEqual([article.uid]);
		expect(store.search('zorblax')).toEqual([]);
		expect(store.search('utm_source')).toEqual([]);
		store.setFullText(article.uid, 'Ganzer Text', links);
		expect(store.search('quuxhafen')).toEqual([]);
	});

	it('reads back only well-formed links from a store changed by hand', () => {
		const article = makeArticle(feed, '1', {links});
		store.commitFeed(okState(feed), [article]);
		store.db.prepare('UPDATE articles SET links = ? WHERE uid = ?').run(JSON.stringify([{url: 'javascript:alert(1)', text: 'x', at: []}, ...links]), article.uid);
		expect(store.article(article.uid)?.links).toEqual(links);
		store.db.prepare("UPDATE articles SET links = '{broken' WHERE uid = ?").run(article.uid);
		expect(store.article(article.uid)?.links).toBeUndefined();
	});
});
