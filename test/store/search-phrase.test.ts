// Search with words in double quotes: a phrase, its words side by side in that order ("…", „…“ and “…” alike).

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from './make-article.js';

const feed = 'https://example.org/feed';
let dir = '';
let store: ArticleStore;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-phrase-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
	store.commitFeed(okState(feed), [
		makeArticle(feed, 'together', {title: 'Boeing 787 Dreamliner bleibt am Boden', content: 'Die US-Flugaufsicht ordnet Prüfungen an.'}),
		makeArticle(feed, 'apart', {title: '787 Passagiere saßen fest', content: 'Boeing äußerte sich nicht zu der Verspätung.'}),
		makeArticle(feed, 'minister', {title: 'Olaf Scholz in Paris', content: 'Der Kanzler traf Macron.'}),
	]);
});
afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

const found = (query: string) => store.search(query).map(hit => hit.uid).sort();
const uid = (itemId: string) => store.articles().find(article => article.itemId === itemId)!.uid;

describe('search phrases', () => {
	it('quoted words must stand side by side in order; unquoted, anywhere', () => {
		expect(found('Boeing 787')).toEqual([uid('together'), uid('apart')].sort());
		for (const query of ['"Boeing 787"', '„Boeing 787“', '“Boeing 787”', '"boeing   787"', '"Boeing 787" Dreamliner']) {
			expect(found(query), query).toEqual([uid('together')]);
		}

		expect(found('"787 Boeing"')).toEqual([]);
		expect(found('"Olaf Scholz" Macron')).toEqual([uid('minister')]);
		// A quote left open runs to the end; a lone word in quotes is that word.
		expect(found('"Boeing 787')).toEqual([uid('together')]);
		expect(found('"Boeing"')).toEqual([uid('together'), uid('apart')].sort());
		expect(found('"Dreamli*"')).toEqual([uid('together')]);
	});
});

describe('search order', () => {
	it('hits with the words in the headline first, then the others, each newest first', () => {
		store.commitFeed(okState(feed), [
			makeArticle(feed, 'old-title', {title: 'Kimmel', content: 'Kurz.', published: '2026-11-20T08:00:00.000Z'}),
			makeArticle(feed, 'new-title', {title: 'Stormy Daniels on Jimmy Kimmel: the actor casts doubt on the denial of the affair', content: 'Lang.', published: '2026-11-25T08:00:00.000Z'}),
			makeArticle(feed, 'new-body', {title: 'Late-night television', content: 'Kimmel spoke.', published: '2026-11-26T08:00:00.000Z'}),
			makeArticle(feed, 'old-body', {title: 'Ratings', content: 'Kimmel and others.', published: '2026-11-19T08:00:00.000Z'}),
		]);
		expect(store.search('Kimmel').map(hit => store.articles().find(article => article.uid === hit.uid)!.itemId)).toEqual(['new-title', 'old-title', 'new-body', 'old-body']);
		expect(store.search('kimm*').map(hit => hit.title)[0]).toMatch(/^Stormy Daniels/u);
	});
});

describe('search operators', () => {
	it('OR between two terms takes either; -word leaves out what holds it; neither is a word to find', () => {
		store.commitFeed(okState(feed), [
			makeArticle(feed, 'airbus', {title: 'Airbus liefert A350 aus', content: 'Toulouse.'}),
			makeArticle(feed, 'embraer', {title: 'Embraer verkauft Jets', content: 'Brasilien.'}),
		]);
		expect(found('Boeing OR Airbus')).toEqual([uid('together'), uid('apart'), uid('airbus')].sort());
		expect(found('Airbus OR Embraer OR Scholz')).toEqual([uid('airbus'), uid('embraer'), uid('minister')].sort());
		// OR binds the two terms beside it; the rest is ANDed.
		expect(found('Boeing Dreamliner OR Passagiere')).toEqual([uid('together'), uid('apart')].sort());
		expect(found('Boeing 787 OR Toulouse')).toEqual([uid('together'), uid('apart')].sort());
		expect(found('Boeing -Dreamliner')).toEqual([uid('apart')]);
		expect(found('Boeing -"bleibt am Boden"')).toEqual([uid('apart')]);
		expect(found('Boeing OR Airbus -Toulouse')).toEqual([uid('together'), uid('apart')].sort());
		// Only words to leave out, or OR alone: nothing to look for.
		expect(found('-Boeing')).toEqual([]);
		expect(found('OR')).toEqual([]);
		// "or" in lower case is a word like any other; a dash inside a word is no exclusion.
		expect(found('Pro-Kopf')).toEqual([]);
		expect(found('OR Boeing')).toEqual([uid('together'), uid('apart')].sort());
	});
});
