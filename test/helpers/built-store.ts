// A store file for tests of the built worker threads: made in a temporary folder by the built ArticleStore, removed after the suite.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll} from 'vitest';
import type {Article} from '../../source/model/article.js';
import {commitByFeed} from '../store/make-article.js';
import {loadBuilt} from './built-dist.js';

type StoreModule = typeof import('../../source/store/article-store.js');

/**
 * Registers the hooks: before the suite a store file holding `articles` (committed feed by feed), after it the folder
 * is removed. `enabled` false (dist not built) registers nothing. The file's path is `file()` once the suite runs.
 */
export function builtStoreWith(prefix: string, articles: () => readonly Article[] | Promise<readonly Article[]>, enabled = true): {file(): string} {
	let dir = '';
	let file = '';
	if (enabled) {
		beforeAll(async () => {
			dir = mkdtempSync(path.join(tmpdir(), prefix));
			file = path.join(dir, 'lagebild.db');
			const {ArticleStore} = await loadBuilt<StoreModule>('store/article-store.js');
			const store = new ArticleStore(file);
			try {
				commitByFeed(store, await articles());
			} finally {
				store.close();
			}
		});
		afterAll(() => {
			if (dir) rmSync(dir, {recursive: true, force: true});
		});
	}
	return {file: () => file};
}
