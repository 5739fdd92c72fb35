// Search in Chinese, Japanese and Korean text: a word inside a run of CJK characters is found (FTS5's unicode61 makes
// one token of the whole run), and a store of the schema before is upgraded with its CJK articles searchable.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {cjkIndexText, cjkQueryPhrase} from '../../source/store/cjk-bigrams.js';
import {migrate, migrations, schemaVersion} from '../../source/store/migrations.js';
import {makeArticle, okState} from './make-article.js';

const feed = 'https://example.org/world';
let dir = '';
let store: ArticleStore;
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-cjk-'));
	store = new ArticleStore(path.join(dir, 'lagebild.db'));
	store.commitFeed(okState(feed), [
		makeArticle(feed, 'zh', {title: '习近平在北京会见德国总理默茨', summary: '', content: '双方讨论了贸易和乌克兰问题。默茨表示德国愿意加强合作。', language: 'zh', published: '2026-11-25T08:00:00.000Z'}),
		makeArticle(feed, 'ja', {title: '石破首相が訪米、トランプ大統領と会談', summary: '', content: '両首脳は関税について協議した。', language: 'ja', published: '2026-11-24T08:00:00.000Z'}),
		makeArticle(feed, 'ko', {title: '대통령이 기자회견에서 새 예산안을 발표했다', summary: '', content: '국회는 다음 주에 예산안을 심의한다.', language: 'ko', published: '2026-11-23T08:00:00.000Z'}),
		makeArticle(feed, 'de', {title: 'Merz in Peking', summary: '', content: 'Der Kanzler traf Xi Jinping (习近平) in Peking.', language: 'de', published: '2026-11-22T08:00:00.000Z'}),
	]);
});
afterEach(() => {
	store.close();
	rmSync(dir, {recursive: true, force: true});
});

const items = (query: string) => store.search(query).map(hit => store.article(hit.uid)!.itemId);

describe('CJK search', () => {
	it('finds a word inside a run of Chinese, Japanese or Korean characters', () => {
		expect(items('北京')).toEqual(['zh']);
		expect(items('德国总理')).toEqual(['zh']);
		expect(items('默茨')).toEqual(['zh']);
		expect(items('乌克兰')).toEqual(['zh']);
		expect(items('习近平')).toEqual(['zh', 'de']);
		expect(items('首相')).toEqual(['ja']);
		expect(items('トランプ')).toEqual(['ja']);
		expect(items('関税')).toEqual(['ja']);
		expect(items('대통령')).toEqual(['ko']);
		expect(items('예산안')).toEqual(['ko']);
		// One character: the start of a pair, or the end of a run.
		expect(items('訪')).toEqual(['ja']);
		expect(items('谈')).toEqual([]);
		expect(items('东京')).toEqual([]);
		// Characters that stand apart in the text are no word.
		expect(items('北德')).toEqual([]);
	});

	it('keeps the Latin opening of a mixed word: G7峰会 is not every 峰会', () => {
		store.commitFeed(okState(feed), [
			makeArticle(feed, 'g7', {title: 'G7峰会在意大利举行', summary: '', content: '', language: 'zh', published: '2026-11-21T08:00:00.000Z'}),
			makeArticle(feed, 'apec', {title: 'APEC峰会闭幕', summary: '', content: '', language: 'zh', published: '2026-11-20T08:00:00.000Z'}),
		]);
		expect(items('峰会')).toEqual(['g7', 'apec']);
		expect(items('G7峰会')).toEqual(['g7']);
		expect(items('Berlin北京')).toEqual([]);
	});

	it('gives a CJK snippet only to hits that hold the CJK word; others keep FTS5\'s, marks and all', () => {
		const hits = store.search('Peking OR 北京');
		const snippet = (item: string) => hits.find(hit => store.article(hit.uid)!.itemId === item)!.snippet;
		expect(snippet('zh')).toContain('[北京]');
		expect(snippet('de')).toContain('[Peking]');
	});

	it('combines with other words, OR, -word and title:', () => {
		expect(items('习近平 Peking')).toEqual(['de']);
		expect(items('首相 OR 대통령')).toEqual(['ja', 'ko']);
		expect(items('习近平 -北京')).toEqual(['de']);
		expect(items('title:习近平')).toEqual(['zh']);
		expect(items('title:关税 OR title:関税')).toEqual([]);
		expect(items('"默茨表示"')).toEqual(['zh']);
		// Hits with the word in the headline first.
		expect(items('默茨')).toEqual(['zh']);
		expect(items('习近平')[0]).toBe('zh');
	});

	it('quotes the text around the word as snippet, with the word marked, not the index\'s pairs', () => {
		const [hit] = store.search('关税 OR 関税', {mark: ['<', '>']});
		expect(hit!.snippet).toBe('両首脳は<関税>について協議した。');
		const [chinese] = store.search('德国', {mark: ['<', '>']});
		expect(chinese!.snippet).toContain('<德国>愿意加强合作');
		expect(chinese!.snippet).not.toMatch(/德国 国/u);
	});

	it('a changed or removed article leaves the index as the table says', () => {
		store.commitFeed(okState(feed), [makeArticle(feed, 'zh', {title: '习近平在上海会见法国总统', summary: '', content: '双方讨论了贸易。', published: '2026-11-25T08:00:00.000Z'})]);
		expect(items('北京')).toEqual([]);
		expect(items('上海')).toEqual(['zh']);
		store.removeFeed(feed);
		expect(items('上海')).toEqual([]);
		store.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
	});

	it('indexes pairs and each run\'s last character; looks a run up by its pairs', () => {
		expect(cjkIndexText('Merz (默茨) 访华')).toBe('默茨 茨 访华 华');
		expect(cjkIndexText('ドナルド・トランプ')).toBe('ドナ ナル ルド ド トラ ラン ンプ プ');
		expect(cjkIndexText('Nur Latein, äöü')).toBe('');
		expect(cjkQueryPhrase('習近平')).toEqual({phrase: '習近 近平', prefix: false});
		expect(cjkQueryPhrase('日')).toEqual({phrase: '日', prefix: true});
	});
});

describe('CJK search in a store of the schema before', () => {
	it('upgrades it: CJK articles stored before become searchable, the rest searches as before', () => {
		const file = path.join(dir, 'old.db');
		const old = new Database(file);
		// Schema 10: the one before CJK indexing (schema 11); later steps (12: feed errors by key) change no search.
		migrate(old, migrations.slice(0, 10));
		old.prepare("INSERT INTO feeds (url, title) VALUES (?, 'World')").run(feed);
		const insert = old.prepare(`INSERT INTO articles (uid, feed_url, item_id, title, summary, content, published, published_ms, fetched_at)
			VALUES (?, ?, ?, ?, ?, ?, '2026-11-20T10:00:00.000Z', 0, '2026-11-20T10:00:00.000Z')`);
		insert.run('u1', feed, 'i1', '习近平在北京会见德国总理默茨', '', '双方讨论了贸易。');
		insert.run('u2', feed, 'i2', 'Merz in Peking', 'Der Kanzler reist.', 'Der Kanzler traf Xi.');
		// As the store of that schema indexed its new rows.
		old.exec('INSERT INTO articles_fts(rowid, title, body) SELECT id, title, body FROM articles_fts_source');
		expect(old.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH '\"北京\"'").pluck().get()).toBe(0);
		old.close();

		const upgraded = new ArticleStore(file);
		try {
			expect(upgraded.db.pragma('user_version', {simple: true})).toBe(schemaVersion);
			expect(upgraded.search('北京').map(hit => hit.uid)).toEqual(['u1']);
			expect(upgraded.search('Kanzler').map(hit => hit.uid)).toEqual(['u2']);
			expect(upgraded.search('title:Peking').map(hit => hit.uid)).toEqual(['u2']);
			upgraded.db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
			expect(upgraded.db.prepare("SELECT v FROM articles_fts_config WHERE k = 'automerge'").pluck().get()).toBe(16);
		} finally {
			upgraded.close();
		}
	});
});
