import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {feedUrlKey} from '../../source/config/feed-url.js';
import {parseOpml} from '../../source/config/opml.js';
import {openContext} from '../../source/commands/context.js';
import {loadDefaultFeeds} from '../../source/commands/default-feeds.js';
import {readFeedFile} from '../../source/feeds/decode.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {loadSources} from '../../source/feeds/sources.js';
import {defaultSettings} from '../../source/model/feed.js';
import {cli} from './run-cli.js';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/feeds');
let dir: string;

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-sources-'));
});

afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

describe('default feed list', () => {
	it('holds about 25 unique http(s) feeds in German and English, tagged by language and region', () => {
		const raw = parseOpml(readFileSync(path.resolve(import.meta.dirname, '../../feeds/default.opml'), 'utf8')).feeds;
		const feeds = loadDefaultFeeds();
		expect(feeds).toHaveLength(raw.length);
		expect(feeds.length).toBeGreaterThanOrEqual(22);
		expect(new Set(feeds.map(feed => feedUrlKey(feed.url))).size).toBe(feeds.length);
		for (const feed of feeds) {
			expect(feed.url).toMatch(/^https:\/\//);
			expect(feed.title).not.toBe('');
			expect(['de', 'en']).toContain(feed.language);
			expect(feed.tags[0]).toBe(feed.language);
			expect(feed.tags.length).toBeGreaterThanOrEqual(2);
		}

		expect(feeds.filter(feed => feed.language === 'de').length).toBeGreaterThanOrEqual(8);
		expect(feeds.filter(feed => feed.language === 'en').length).toBeGreaterThanOrEqual(8);
		for (const region of ['world', 'europe', 'dach', 'americas', 'africa', 'asia-pacific', 'middle-east']) {
			expect(feeds.some(feed => feed.tags.includes(region)), region).toBe(true);
		}
	});
});

describe('--source', () => {
	it('reads files, folders and OPML lists of file paths into an in-memory store', async () => {
		writeFileSync(path.join(dir, 'list.opml'), `<?xml version="1.0"?><opml version="2.0"><body>
			<outline text="Europe"><outline text="ORF" xmlUrl="${path.join(fixtures, 'orf-rdf-2025.rdf')}"/></outline>
			<outline text="Heise relative" xmlUrl="./heise.atom"/>
			<outline text="Remote" xmlUrl="https://example.org/feed.xml"/>
			<outline text="Missing" xmlUrl="missing.rss"/>
		</body></opml>`);
		writeFileSync(path.join(dir, 'heise.atom'), readFileSync(path.join(fixtures, 'heise-developer-2016.atom')));
		const loaded = await loadSources([path.join(fixtures, 'tagesschau-2021-02-18.rss'), path.join(dir, 'list.opml')], defaultSettings);
		try {
			expect(loaded.store.file).toBe(':memory:');
			expect(loaded.errors).toHaveLength(1);
			expect(loaded.errors[0]).toContain('missing.rss');
			const titles = loaded.feeds.map(feed => feed.title);
			expect(titles).toContain('ORF');
			expect(titles).toContain('Heise relative');
			expect(loaded.feeds.find(feed => feed.title === 'ORF')?.tags).toEqual(['Europe']);
			expect(loaded.feeds.find(feed => feed.title === 'Remote')?.url).toBe('https://example.org/feed.xml');
			const tagesschau = loaded.feeds.find(feed => feed.url.endsWith('tagesschau-2021-02-18.rss'))!;
			expect(tagesschau.url).toMatch(/^file:/);
			const parsed = await parseFeedText(await readFeedFile(path.join(fixtures, 'tagesschau-2021-02-18.rss')), {feedUrl: tagesschau.url, fetchedAt: new Date().toISOString(), settings: defaultSettings});
			expect(parsed.articles.length).toBeGreaterThan(30);
			expect(loaded.store.articles({feedUrls: [tagesschau.url]})).toHaveLength(new Set(parsed.articles.map(article => article.itemId)).size);
			expect(loaded.store.search('corona').every(hit => hit.feedUrl === tagesschau.url)).toBe(true);
			expect(loaded.store.search('corona').length).toBeGreaterThan(3);
		} finally {
			loaded.store.close();
		}
	});

	it('opens a context on a folder without touching the home store', async () => {
		const home = path.join(dir, 'home');
		const context = await openContext({source: [fixtures], offline: true}, {env: {LAGEBILD_HOME: home}});
		try {
			expect(context.sourceMode).toBe(true);
			expect(context.home).toBe(home);
			expect(context.store.file).toBe(':memory:');
			expect(context.feeds.length).toBeGreaterThan(10);
			expect(context.warnings.some(line => line.includes('broken'))).toBe(true);
			expect(context.store.count()).toBeGreaterThan(200);
		} finally {
			context.close();
		}

		const listed = await cli(home, 'feeds', 'list', '--source', path.join(fixtures, 'nyt-world-europe-2021-02-27.rss'));
		expect(listed.code).toBe(0);
		expect(listed.stdout).toContain('NYT > World > Europe');
		expect(listed.stdout).toMatch(/\s20\s+file:/);
		expect(listed.stdout.trimEnd().split('\n')).toHaveLength(2);
		const two = await cli(home, 'feeds', 'list', '--source', path.join(fixtures, 'nyt-world-europe-2021-02-27.rss'), path.join(fixtures, 'orf-rdf-2025.rdf'));
		expect(two.stdout.trimEnd().split('\n')).toHaveLength(3);
	});

	it('leaves an empty store empty when the reader has a list of their own (also an emptied one)', async () => {
		for (const [name, feeds] of [['own', [{url: 'http://127.0.0.1:9/feed.xml', title: 'Mine', tags: [], enabled: true}]], ['emptied', []]] as const) {
			const home = path.join(dir, name);
			const context = await openContext({source: [], offline: true}, {env: {LAGEBILD_HOME: home}});
			context.close();
			writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds}));
			rmSync(path.join(home, 'lagebild.db'));
			const own = await openContext({source: [], offline: true}, {env: {LAGEBILD_HOME: home}});
			try {
				expect(own.usingDefaultFeeds).toBe(false);
				expect(own.store.count(), name).toBe(0);
			} finally {
				own.close();
			}
		}
	});

	it('fills an empty store from the bundled snapshots on first start', async () => {
		const home = path.join(dir, 'first');
		let seeded = 0;
		const context = await openContext({source: [], offline: true}, {env: {LAGEBILD_HOME: home}});
		try {
			expect(context.usingDefaultFeeds).toBe(true);
			expect(context.store.file).toBe(path.join(home, 'lagebild.db'));
			seeded = context.store.count();
			expect(seeded).toBeGreaterThan(100);
			// Once retention has emptied the cache (snapshots grow old), the next start fills it again.
			context.store.applyRetention(30, new Date('2100-01-01T00:00:00Z'));
			expect(context.store.count()).toBe(0);
		} finally {
			context.close();
		}

		const again = await openContext({source: [], offline: true}, {env: {LAGEBILD_HOME: home}});
		try {
			expect(again.store.count()).toBe(seeded);
		} finally {
			again.close();
		}
	});
});
