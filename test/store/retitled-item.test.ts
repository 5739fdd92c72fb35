// An item its feed rewrote after it was read (walk 10 #218): a new title makes it unread again (its star stays) and
// moves its arrival to the update, so its story shows `+` and counts it new since the last look; a change of the body
// alone, or of the title's spacing or case, keeps it read and where it was.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import type {Article} from '../../source/model/article.js';
import {isNewReport, reportArrival} from '../../source/briefing/rank.js';
import {ArticleStore} from '../../source/store/article-store.js';
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
