// Whether the store holds news of a feed fetched over the network, or only the bundled snapshots' (file: feeds).

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from './make-article.js';

const dir = mkdtempSync(path.join(tmpdir(), 'lagebild-fetched-'));
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

it('is false for an empty store and the snapshots\' articles, true once an http(s) feed\'s article is stored', () => {
	const store = new ArticleStore(path.join(dir, 'lagebild.db'));
	try {
		expect(store.holdsFetchedArticles()).toBe(false);
		const snapshot = 'file:///opt/lagebild/feeds/snapshots/tagesschau.xml';
		store.commitFeed(okState(snapshot), [makeArticle(snapshot, '1')]);
		expect(store.holdsFetchedArticles()).toBe(false);
		const fetched = 'https://www.tagesschau.de/xml/rss2';
		store.commitFeed(okState(fetched), [makeArticle(fetched, '2')]);
		expect(store.holdsFetchedArticles()).toBe(true);
	} finally {
		store.close();
	}
});
