// A first start stopped while it loaded the bundled sample (Ctrl-C a second in) finishes loading it at the next start.

import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {bundledFeedsDir} from '../../source/commands/project-root.js';
import {defaultSettings} from '../../source/model/feed.js';
import {loadSources} from '../../source/feeds/sources.js';
import {ArticleStore} from '../../source/store/article-store.js';

const root = mkdtempSync(path.join(tmpdir(), 'lagebild-seed-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

async function seededCounts(home: string): Promise<{articles: number; feeds: number}> {
	const context = await openContext({home, source: [], offline: true}, {env: {}});
	try {
		return {articles: context.store.count(), feeds: context.store.feedStates().length};
	} finally {
		context.close();
	}
}

test('a store holding part of the sample gets the rest; a whole one is left as it is', async () => {
	const whole = await seededCounts(path.join(root, 'whole'));
	expect(whole.feeds).toBeGreaterThan(100);
	// What a kill left behind: the first 40 snapshot feeds committed, each in its own transaction, the rest not.
	const home = path.join(root, 'interrupted');
	const dir = path.join(bundledFeedsDir(), 'snapshots');
	const first = readdirSync(dir).filter(name => /\.(?:xml|rss|atom|rdf)$/u.test(name)).sort().slice(0, 40).map(name => path.join(dir, name));
	mkdirSync(home, {recursive: true});
	const store = new ArticleStore(path.join(home, 'lagebild.db'));
	await loadSources(first, defaultSettings, {store});
	const part = store.count();
	store.close();
	expect(part).toBeLessThan(whole.articles);
	expect(await seededCounts(home)).toEqual(whole);
	// Seeded whole, a start adds nothing and reads nothing again.
	expect(await seededCounts(home)).toEqual(whole);
}, 60_000);

test('a store with a feed of the reader is not seeded, even if it holds snapshot feeds too', async () => {
	const home = path.join(root, 'own-feed');
	mkdirSync(home, {recursive: true});
	const store = new ArticleStore(path.join(home, 'lagebild.db'));
	const dir = path.join(bundledFeedsDir(), 'snapshots');
	const [one] = readdirSync(dir).filter(name => name.endsWith('.xml')).sort();
	await loadSources([path.join(dir, one!)], defaultSettings, {store});
	store.commitFeed({url: 'https://news.example/feed.xml', status: 'error', error: 'HTTP 500', lastFetch: new Date().toISOString(), lastSuccess: null, etag: null, lastModified: null, articleCount: 0}, []);
	const count = store.count();
	store.close();
	const after = await seededCounts(home);
	expect(after.articles).toBe(count);
}, 60_000);
