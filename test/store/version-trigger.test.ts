// The content version's update trigger names its columns (migration 14 left `links` out): a column added later and
// left out of that list would change articles without moving the version, and the briefing snapshot keyed by it would
// go stale (review V16 #7). Every column of the table but id and links must move it.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from './make-article.js';

/** Columns whose writes alone leave the version where it is: the rowid, and the links the briefing does not read. */
const outsideTheVersion = ['id', 'links'];

let dir: string;
let store: ArticleStore;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-version-trigger-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
});

afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

function tableColumns(): string[] {
	return store.db.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all() as string[];
}

/** The column list of the trigger's `AFTER UPDATE OF …`, as the store's schema holds it. */
function triggerColumns(): string[] {
	const sql = store.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'articles_version_update'").pluck().get() as string;
	const list = /\bUPDATE\s+OF\s+([\s\S]+?)\s+ON\s+articles\b/iu.exec(sql)?.[1];
	expect(list, sql).toBeDefined();
	return list!.split(',').map(name => name.trim());
}

describe('the content version trigger', () => {
	it('names every column of articles but id and links, and no other', () => {
		const expected = tableColumns().filter(name => !outsideTheVersion.includes(name));
		expect(expected.length).toBeGreaterThan(20);
		expect(triggerColumns().sort()).toEqual(expected.sort());
	});

	it('moves the version at a write of any one of those columns alone, and not at one of links', () => {
		const article = makeArticle('https://a.example/feed.xml', '1');
		store.commitFeed(okState(article.feedUrl), [article]);
		for (const column of tableColumns()) {
			const before = store.contentVersion();
			// A column set to itself: the trigger fires for the columns an UPDATE names, whatever their values.
			store.db.prepare(`UPDATE articles SET "${column}" = "${column}" WHERE uid = ?`).run(article.uid);
			const moved = store.contentVersion() !== before;
			expect({column, moved}).toEqual({column, moved: !outsideTheVersion.includes(column)});
		}
	});
});
