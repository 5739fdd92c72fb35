// The briefing worker's own connection to the store file, with a small page cache.

import {ArticleStore} from '../store/article-store.js';

/**
 * SQLite's page cache of the worker's connection, in KiB. better-sqlite3 builds SQLite with a 16 MB default, which a
 * first computation fills: it reads every article of the window with its text (the first pass, then story by story
 * in the quote pass) and writes the analyses and the session state once. Those pages are read once or written once;
 * the file's pages stay in the OS's cache anyway. With 2 MB a first launch over the 10,000 generated articles peaked
 * at 196–203 MB against 207–222 MB, in the same time (bench/findings.md, ninth session).
 */
export const workerPageCacheKb = 2048;

/** A store of its own on `file` (WAL lets it read while the app's connection writes read marks), its page cache limited. */
export function openWorkerStore(file: string): ArticleStore {
	const store = new ArticleStore(file);
	try {
		store.db.pragma(`cache_size = -${workerPageCacheKb}`);
	} catch {
		// A connection that refuses keeps SQLite's default: more memory, the same briefing.
	}
	return store;
}
