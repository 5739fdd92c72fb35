// The body the index holds is one rule written twice, in TypeScript (CJK pairs, snippets) and in the index's SQL: they agree.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {indexedBody} from '../../source/store/indexed-body.js';
import {makeArticle, okState} from './make-article.js';

let dir = '';
afterEach(() => {
	if (dir) rmSync(dir, {recursive: true, force: true});
});

it('the index\'s SQL body is indexedBody: a summary inside the content, one not inside it, an empty one, an empty content', () => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-indexed-body-'));
	const store = new ArticleStore(path.join(dir, 'lagebild.db'));
	const feed = 'https://example.org/feed';
	const cases = [
		{id: 'inside', summary: 'Der Kanzler reist.', content: 'Berlin. Der Kanzler reist. Mehr folgt.'},
		{id: 'apart', summary: 'Ein Teaser.', content: 'Der ganze Text.'},
		{id: 'no-summary', summary: '', content: 'Nur Text.'},
		{id: 'no-content', summary: 'Nur ein Teaser.', content: ''},
	];
	try {
		store.commitFeed(okState(feed), cases.map(({id, summary, content}) => makeArticle(feed, id, {title: id, summary, content, published: '2026-11-25T08:00:00.000Z'})));
		const sqlBody = store.db.prepare('SELECT body FROM articles_fts_source WHERE id = (SELECT id FROM articles WHERE uid = ?)').pluck();
		for (const {id, summary, content} of cases) {
			const uid = store.db.prepare('SELECT uid FROM articles WHERE title = ?').pluck().get(id) as string;
			const stored = store.article(uid)!;
			expect(stored.summary, id).toBe(summary);
			expect(sqlBody.get(uid), id).toBe(indexedBody(summary, content));
		}
	} finally {
		store.close();
	}
});
