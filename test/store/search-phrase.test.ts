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
