// Search filters: `title:` keeps a word to the headline, `feed:` to the feeds whose title or address holds it.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {NoFeedMatchError, parseSearch} from '../../source/store/fts-query.js';
import {makeArticle, okState} from './make-article.js';

const tagesschau = 'https://www.tagesschau.de/xml/rss2';
const spiegel = 'https://www.spiegel.de/schlagzeilen/index.rss';
const sz = 'https://rss.sueddeutsche.de/rss/Topthemen';
let dir = '';
let store: ArticleStore;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-filters-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
	store.commitFeed(okState(tagesschau), [
		makeArticle(tagesschau, 'merz-title', {feedTitle: 'tagesschau.de - Die Nachrichten der ARD', title: 'Merz trifft Macron in Paris', content: 'Der Kanzler sprach über Straßenbau.', published: '2026-11-25T08:00:00.000Z'}),
		makeArticle(tagesschau, 'merz-body', {feedTitle: 'tagesschau.de - Die Nachrichten der ARD', title: 'Haushalt beschlossen', content: 'Kanzler Merz lobte den Haushalt.', published: '2026-11-26T08:00:00.000Z'}),
	]);
	store.commitFeed(okState(spiegel), [
		makeArticle(spiegel, 'spiegel-merz', {feedTitle: 'DER SPIEGEL - Schlagzeilen', title: 'Merz unter Druck', content: 'Die Union streitet.', published: '2026-11-24T08:00:00.000Z'}),
	]);
	store.commitFeed(okState(sz), [
		makeArticle(sz, 'sz-merz', {feedTitle: 'Süddeutsche Zeitung', title: 'Was Merz jetzt plant', content: 'Olaf Scholz schweigt.', published: '2026-11-23T08:00:00.000Z'}),
	]);
});
afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

const items = (query: string) => store.search(query).map(hit => store.article(hit.uid)!.itemId);

describe('title: filter', () => {
	it('finds the word in the headline only, in English and German, with words, prefixes and phrases', () => {
		expect(items('Merz')).toEqual(['merz-title', 'spiegel-merz', 'sz-merz', 'merz-body']);
		expect(items('title:Merz')).toEqual(['merz-title', 'spiegel-merz', 'sz-merz']);
		expect(items('Titel:merz')).toEqual(['merz-title', 'spiegel-merz', 'sz-merz']);
		expect(items('title:Mer* Paris')).toEqual(['merz-title']);
		expect(items('title:"Merz trifft"')).toEqual(['merz-title']);
		expect(items('titel:„unter Druck“')).toEqual(['spiegel-merz']);
		expect(items('Kanzler title:Haushalt')).toEqual(['merz-body']);
		expect(items('Merz -title:Merz')).toEqual(['merz-body']);
		// The body's word is not in any headline.
		expect(items('title:Kanzler')).toEqual([]);
		// Every hit has its words in the headline: one group, newest first.
		expect(items('title:Merz OR title:Haushalt')).toEqual(['merz-body', 'merz-title', 'spiegel-merz', 'sz-merz']);
	});
});

describe('feed: filter', () => {
	it('keeps to feeds whose title or address holds the words, without case and accents', () => {
		expect(items('feed:tagesschau Merz')).toEqual(['merz-title', 'merz-body']);
		expect(items('Merz feed:SPIEGEL')).toEqual(['spiegel-merz']);
		// The title's "Süddeutsche" typed without the umlaut, and the address's "sueddeutsche".
		expect(items('Merz quelle:suddeutsche')).toEqual(['sz-merz']);
		expect(items('Merz feed:sueddeutsche')).toEqual(['sz-merz']);
		expect(items('Merz feed:"süddeutsche zeitung"')).toEqual(['sz-merz']);
		// Two feed filters: either feed; -feed: leaves one out.
		expect(items('Merz feed:spiegel feed:tagesschau')).toEqual(['merz-title', 'spiegel-merz', 'merz-body']);
		expect(items('Merz -feed:tagesschau')).toEqual(['spiegel-merz', 'sz-merz']);
		expect(items('title:Merz feed:tagesschau')).toEqual(['merz-title']);
		expect(items('"Olaf Scholz" feed:zeitung')).toEqual(['sz-merz']);
		expect(items('Straße* feed:tagesschau')).toEqual(['merz-title']);
	});

	it('alone lists the feeds\' newest articles, with the start of their text as snippet', () => {
		const hits = store.search('feed:tagesschau');
		expect(hits.map(hit => store.article(hit.uid)!.itemId)).toEqual(['merz-body', 'merz-title']);
		expect(hits[0]!.snippet).toBe('Summary of merz-body');
		// Only leaving feeds out: every other feed's newest articles.
		expect(store.search('-feed:tagesschau').map(hit => store.article(hit.uid)!.itemId)).toEqual(['spiegel-merz', 'sz-merz']);
	});

	it('a filter that matches no feed says so', () => {
		expect(() => store.search('Merz feed:tagesshau')).toThrow(NoFeedMatchError);
		expect(() => store.search('Merz feed:tagesshau')).toThrow('no feed matches "tagesshau"');
		expect(() => store.search('-feed:"bild zeitung"')).toThrow('no feed matches "bild zeitung"');
	});

	it('only the known field names are filters; other colons are text as before', () => {
		expect(parseSearch('feed:tagesschau title:Merz Kanzler').terms).toEqual([
			{word: 'Merz', prefix: false, titleOnly: true},
			{word: 'Kanzler', prefix: false},
		]);
		expect(parseSearch('Covid-19: Merz').feeds).toEqual([]);
		expect(parseSearch('Covid-19: Merz').terms.map(term => term.word)).toEqual(['Covid-19:', 'Merz']);
		expect(parseSearch('Feed:"Deutsche Welle"').feeds).toEqual([{typed: 'Deutsche Welle', words: ['deutsche', 'welle']}]);
	});
});
