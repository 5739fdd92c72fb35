// An item its feed rewrote after it was read (walk 10 #218): a new title makes it unread again (its star stays) and
// moves its arrival to the update, so its story shows `+` and counts it new since the last look; a change of the body
// alone, or of the title's spacing or case, keeps it read and where it was; so does a title it already had (a headline
// flipped back). Migration 15 adds the titles an item has had.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Article} from '../../source/model/article.js';
import {isNewReport, reportArrival} from '../../source/briefing/rank.js';
import {ArticleStore} from '../../source/store/article-store.js';
import {migrate, migrations} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

const feed = 'https://wechselblatt.example/feed.xml';
const firstFetch = '2026-11-20T06:00:00.000Z';
const readAt = '2026-11-20T09:00:00.000Z';
const lookedAt = '2026-11-20T09:05:00.000Z';
const update = '2026-11-20T14:00:00.000Z';

let dir: string;
let store: ArticleStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-retitled-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

/** Stored, read at 09:00 and its story looked at 09:05; returns the item as first fetched. */
function readItem(fields: Partial<Article> = {}): Article {
	const article = makeArticle(feed, 'wahlrecht-urteil', {title: 'Wahlrecht: Verfassungsgericht verkündet heute Urteil', content: 'Karlsruhe entscheidet heute.', fetchedAt: firstFetch, ...fields});
	store.commitFeed(okState(feed), [article]);
	store.markRead([article.uid], true, readAt);
	store.markStoriesSeen(['story'], lookedAt);
	return article;
}

/** What the list's `+` and the story's "new since you last looked" decide from (rank.ts). */
function newSinceLook(uid: string): boolean {
	const arrival = store.arrivalTimes([uid]).get(uid)!;
	return isNewReport(reportArrival(arrival), Date.parse(store.storyLastSeen('story')!), arrival.read);
}

describe('an item rewritten by its feed after it was read', () => {
	it('comes back unread and new since the last look when its title changed, in the commit that stores it', () => {
		const article = readItem();
		expect(newSinceLook(article.uid)).toBe(false);
		const version = store.contentVersion();
		expect(store.commitFeed(okState(feed), [{
			...article,
			title: 'Wahlrecht: Verfassungsgericht kippt Reform (aktualisiert: Urteil verkündet)',
			content: 'Das Gericht kippt die Reform. „Das Gesetz ist nichtig“, sagte Gerichtspräsident Stephan Harbarth.',
			fetchedAt: update,
		}])).toBe(0);
		expect(store.contentVersion()).not.toBe(version);
		expect(store.article(article.uid)).toMatchObject({title: 'Wahlrecht: Verfassungsgericht kippt Reform (aktualisiert: Urteil verkündet)', read: false, fetchedAt: update});
		expect(store.arrivalTimes([article.uid]).get(article.uid)).toEqual({fetchedAt: update, published: article.published, read: false});
		expect(newSinceLook(article.uid)).toBe(true);
		expect(store.readUids().has(article.uid)).toBe(false);
	});

	it('keeps its star', () => {
		const article = readItem();
		store.setStarred([article.uid], true, readAt);
		store.commitFeed(okState(feed), [{...article, title: 'Wahlrecht: Verfassungsgericht kippt Reform', fetchedAt: update}]);
		expect(store.article(article.uid)).toMatchObject({read: false, starred: true});
		expect(store.starred().map(entry => entry.uid)).toEqual([article.uid]);
	});

	it('stays read and where it was when only its body changed', () => {
		const article = readItem();
		store.commitFeed(okState(feed), [{...article, content: 'Karlsruhe entscheidet heute über das Wahlrecht.', fetchedAt: update}]);
		expect(store.article(article.uid)).toMatchObject({content: 'Karlsruhe entscheidet heute über das Wahlrecht.', read: true, fetchedAt: firstFetch});
		expect(newSinceLook(article.uid)).toBe(false);
	});

	it('stays read when the title changed only in spacing or case', () => {
		const article = readItem();
		store.commitFeed(okState(feed), [{...article, title: '  Wahlrecht:  VERFASSUNGSGERICHT verkündet heute\u00A0Urteil ', fetchedAt: update}]);
		expect(store.article(article.uid)).toMatchObject({title: '  Wahlrecht:  VERFASSUNGSGERICHT verkündet heute\u00A0Urteil ', read: true, fetchedAt: firstFetch});
		expect(newSinceLook(article.uid)).toBe(false);
	});

	it('is new since the last look when retitled before it was ever read, and other items of the feed are left alone', () => {
		const article = makeArticle(feed, 'a', {title: 'Sturmwarnung für die Küste', fetchedAt: firstFetch});
		const other = makeArticle(feed, 'b', {title: 'Hafen gesperrt', fetchedAt: firstFetch});
		store.commitFeed(okState(feed), [article, other]);
		store.markRead([other.uid], true, readAt);
		store.markStoriesSeen(['story'], lookedAt);
		store.commitFeed(okState(feed), [{...article, title: 'Sturmwarnung aufgehoben', fetchedAt: update}, {...other, fetchedAt: update}]);
		expect(store.article(article.uid)).toMatchObject({read: false, fetchedAt: update});
		expect(store.article(other.uid)).toMatchObject({read: true, fetchedAt: firstFetch});
	});
});

describe('an item whose title flips back to one it had (review V16 #5: an A/B-tested headline, a live blog)', () => {
	const titleA = 'Wahlrecht: Verfassungsgericht verkündet heute Urteil';
	const titleB = 'Karlsruhe kippt die Wahlrechtsreform';
	const later = (hour: number): string => `2026-11-20T${String(hour).padStart(2, '0')}:00:00.000Z`;

	/** Commits the item under this title at this hour; returns what the reader sees of it. */
	function fetchedAs(article: Article, title: string, hour: number): {read: boolean; fetchedAt: string; news: boolean} {
		store.commitFeed(okState(feed), [{...article, title, content: `${article.content} (${hour} Uhr)`, fetchedAt: later(hour)}]);
		const {read, fetchedAt} = store.article(article.uid)!;
		return {read, fetchedAt, news: newSinceLook(article.uid)};
	}

	function readAndLook(article: Article, hour: number): void {
		store.markRead([article.uid], true, `${later(hour).slice(0, 13)}:30:00.000Z`);
		store.markStoriesSeen(['story'], `${later(hour).slice(0, 13)}:31:00.000Z`);
	}

	it('is not news again: read, retitled (news), read, back to the first title: still read, its arrival kept', () => {
		const article = readItem({title: titleA});
		expect(fetchedAs(article, titleB, 10)).toEqual({read: false, fetchedAt: later(10), news: true});
		readAndLook(article, 10);
		const version = store.contentVersion();
		expect(fetchedAs(article, titleA, 11)).toEqual({read: true, fetchedAt: later(10), news: false});
		expect(store.article(article.uid)?.title).toBe(titleA);
		expect(store.contentVersion()).not.toBe(version);
		// And on at every refresh, A, B, A, B: never news again.
		expect(fetchedAs(article, titleB, 12)).toEqual({read: true, fetchedAt: later(10), news: false});
		expect(fetchedAs(article, `  ${titleA.toUpperCase()}`, 13)).toEqual({read: true, fetchedAt: later(10), news: false});
	});

	it('a title it never had is news at each step (a live blog\'s next entry), and the last eight titles are remembered', () => {
		const article = readItem({title: titleA});
		const entries = Array.from({length: 8}, (_, index) => `Liveblog: +++ ${10 + index}:00 Eintrag ${index + 1} +++`);
		for (const [index, title] of entries.entries()) {
			expect(fetchedAs(article, title, 10 + index)).toMatchObject({read: false, fetchedAt: later(10 + index), news: true});
			readAndLook(article, 10 + index);
		}

		// Eight kept: the last eight entries are old news, the first title has fallen out and is news again.
		expect(fetchedAs(article, entries[1]!, 18)).toMatchObject({read: true, news: false});
		expect(fetchedAs(article, titleA, 19)).toMatchObject({read: false, fetchedAt: later(19), news: true});
	});
});

describe('migration 15: the titles an item has had', () => {
	it('upgrades a store of schema 14: an item read under its stored title is news under a new one, not back under the stored one', () => {
		const file = path.join(dir, 'schema-14.db');
		const article = makeArticle(feed, 'wahlrecht-urteil', {title: 'Wahlrecht: Verfassungsgericht verkündet heute Urteil', fetchedAt: firstFetch});
		const raw = new Database(file);
		migrate(raw, migrations.slice(0, 14));
		expect(raw.pragma('user_version', {simple: true})).toBe(14);
		raw.prepare("INSERT INTO feeds (url, title, status) VALUES (?, 'A', 'ok')").run(feed);
		raw.prepare(`INSERT INTO articles (uid, feed_url, item_id, feed_title, url, title, author, published, published_ms, summary, content,
			language, fetched_at, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'schema-14')`).run(article.uid, feed, article.itemId,
			article.feedTitle, article.url, article.title, article.author, article.published, Date.parse(article.published), article.summary,
			article.content, article.language, article.fetchedAt);
		raw.prepare('INSERT INTO read_state (uid, read_at) VALUES (?, ?)').run(article.uid, readAt);
		raw.prepare("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')").run();
		raw.close();

		const upgraded = new ArticleStore(file);
		try {
			expect(upgraded.db.pragma('user_version', {simple: true})).toBeGreaterThanOrEqual(15);
			expect(upgraded.db.prepare('SELECT seen_titles FROM articles').pluck().get()).toBeNull();
			upgraded.commitFeed(okState(feed), [{...article, title: 'Karlsruhe kippt die Wahlrechtsreform', fetchedAt: update}]);
			expect(upgraded.article(article.uid)).toMatchObject({read: false, fetchedAt: update});
			upgraded.markRead([article.uid], true, '2026-11-20T15:00:00.000Z');
			upgraded.commitFeed(okState(feed), [{...article, fetchedAt: '2026-11-20T16:00:00.000Z'}]);
			expect(upgraded.article(article.uid)).toMatchObject({title: article.title, read: true, fetchedAt: update});
			expect(upgraded.db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok');
		} finally {
			upgraded.close();
		}
	});
});
