// `lagebild search` with `feed:` and `title:`: the same filters as the app's search, and a clear word when a feed filter names no feed.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {cli, cliWith} from './run-cli.js';

const snapshots = fileURLToPath(new URL('../../feeds/snapshots/', import.meta.url));
const sources = ['seed-putin-trump-hegseth.rss', 'quotes-dev-uk-bbc.rss'].flatMap(file => ['--source', path.join(snapshots, file)]);

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-search-filters-'));
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

type Hits = {hits: Array<{title: string; feed: string}>};
const json = async (...words: string[]) => JSON.parse((await cli(home, 'search', ...words, '--format', 'json', ...sources)).stdout) as Hits;

describe('lagebild search filters', () => {
	test('feed: keeps to one feed, title: to the headline; both with ordinary words', async () => {
		const all = await json('Trump');
		const feeds = new Set(all.hits.map(hit => hit.feed));
		expect(feeds).toEqual(new Set(['Beispielartikel (eval seed)', 'BBC News (example article)']));
		const bbc = await json('Trump', 'feed:bbc');
		expect(bbc.hits.length).toBeGreaterThan(0);
		expect(bbc.hits.every(hit => hit.feed === 'BBC News (example article)')).toBe(true);
		expect(bbc.hits.length).toBe(all.hits.filter(hit => hit.feed === 'BBC News (example article)').length);
		const inTitle = await json('title:Trump');
		expect(inTitle.hits.length).toBeGreaterThan(0);
		expect(inTitle.hits.every(hit => /trump/iu.test(hit.title))).toBe(true);
		expect(inTitle.hits.length).toBeLessThan(all.hits.length);
		const text = await cli(home, 'search', 'Trump', 'feed:"BBC News"', ...sources);
		expect(text.code).toBe(0);
		expect(text.stdout).not.toContain('Beispielartikel');
	});

	test('a feed filter that names no feed says so (exit 1), in English and German', async () => {
		const english = await cli(home, 'search', 'Trump', 'feed:tagesshau', ...sources);
		expect(english).toMatchObject({code: 1, stdout: ''});
		expect(english.stderr).toBe('lagebild: no feed matches "tagesshau"\n');
		const german = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'search', 'feed:tagesshau', ...sources);
		expect(german.code).toBe(1);
		expect(german.stderr).toBe('lagebild: kein Feed passt zu „tagesshau“\n');
		const asJson = await cli(home, 'search', 'feed:tagesshau', '--format', 'json', ...sources);
		expect(asJson.code).toBe(1);
		expect(JSON.parse(asJson.stdout)).toEqual({query: 'feed:tagesshau', hits: []});
	});
});
