// A store opened read-only (#59): it reads what is there, skips the caches' writes, refuses every other write and
// never upgrades an older file.

import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {makeArticle, okState} from './make-article.js';

let dir = '';
beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-read-only-'));
});
afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

function filledStore(file: string): string[] {
	const store = new ArticleStore(file);
	const articles = [makeArticle('https://example.org/feed', 'a', {title: 'Wahl in Thüringen'}), makeArticle('https://example.org/feed', 'b')];
	store.commitFeed(okState('https://example.org/feed'), articles);
	store.close();
	return articles.map(article => article.uid);
}

describe('ArticleStore with readOnly', () => {
	it('reads and searches; analysis and snapshots are not written; marks fail; the file keeps its bytes', () => {
		const file = path.join(dir, 'lagebild.db');
		const [first] = filledStore(file);
		const before = readFileSync(file);
		const store = new ArticleStore(file, {readOnly: true});
		try {
			expect(store.readOnly).toBe(true);
			expect(store.count()).toBe(2);
			expect(store.search('Thüringen').map(hit => hit.uid)).toEqual([first]);
			store.putAnalysis(first!, 'test-analyzer', 'hash', {ok: true});
			store.putAnalyses('test-analyzer', [{uid: first!, contentHash: 'hash', result: {ok: true}}]);
			store.putSnapshot('briefing', 'key', {stories: []});
			expect(store.analysisCount([first!], 'test-analyzer')).toBe(0);
			expect(store.getSnapshot('briefing', 'key')).toBeUndefined();
			expect(() => store.markRead([first!], true)).toThrow(/readonly/);
		} finally {
			store.close();
		}

		expect(readFileSync(file).equals(before)).toBe(true);
	});

	it('refuses a store of an older schema (an upgrade writes) and leaves it as it was', () => {
		const file = path.join(dir, 'old.db');
		filledStore(file);
		const db = new Database(file);
		db.pragma('user_version = 3');
		db.close();
		const before = readFileSync(file);
		expect(() => new ArticleStore(file, {readOnly: true})).toThrow(/older lagebild .* needs write access/);
		expect(readFileSync(file).equals(before)).toBe(true);
	});
});
