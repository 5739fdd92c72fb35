// `lagebild search WORDS`: the app's search on the command line — every word, a name's spellings, JSON, no escapes.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {escapeFeed} from '../helpers/feed-server.js';
import {cli} from './run-cli.js';

const snapshots = fileURLToPath(new URL('../../feeds/snapshots/', import.meta.url));
const sources = ['seed-putin-trump-hegseth.rss', 'quotes-dev-uk-bbc.rss'].flatMap(file => ['--source', path.join(snapshots, file)]);

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-search-'));
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

describe('lagebild search', () => {
	test('lists the hits with feed, title, snippet and address; Selenskyj finds Selenskij and Zelensky too', async () => {
		const result = await cli(home, 'search', 'Selenskyj', ...sources);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d {2}.+: .+\n {4}.*(?:Selenskij|Zelensky).*\n/mu);
		// An article without an address gets no empty line for it.
		expect(result.stdout).not.toMatch(/^ {4}$/mu);
		expect(result.stdout).toContain('Selenskij');
		expect(result.stdout).toContain('Zelensky');

		const json = await cli(home, 'search', 'Selenskyj', '--format', 'json', ...sources);
		const parsed = JSON.parse(json.stdout) as {query: string; hits: Array<{title: string; feed: string; url: string; published: string; snippet: string}>};
		expect(parsed.query).toBe('Selenskyj');
		expect(parsed.hits.length).toBe(result.stdout.split('\n').filter(line => /^\d{4}-/u.test(line)).length);
		expect(parsed.hits.every(hit => (hit.url === '' || hit.url.startsWith('http')) && hit.feed !== '' && hit.title !== '')).toBe(true);
	});

	test('an item carried by two feeds is one hit, its other feed named in JSON (#89, real Google News feed twice)', async () => {
		const original = fileURLToPath(new URL('../../../shared/fixtures/feeds/googlenews-top-2022-07-28.rss', import.meta.url));
		const copy = path.join(home, 'temp.rss');
		writeFileSync(copy, readFileSync(original));
		const twoFeeds = ['--source', original, '--source', copy];
		const text = await cli(home, 'search', 'QCOM', ...twoFeeds);
		expect(text.code).toBe(0);
		const rows = text.stdout.split('\n').filter(line => /^\d{4}-/u.test(line));
		expect(rows.length).toBeGreaterThan(0);
		expect(new Set(rows).size).toBe(rows.length);
		const json = JSON.parse((await cli(home, 'search', 'QCOM', '--format', 'json', ...twoFeeds)).stdout) as {hits: Array<{url: string; feed: string; alsoIn?: string[]}>};
		expect(json.hits).toHaveLength(rows.length);
		expect(new Set(json.hits.map(hit => hit.url)).size).toBe(json.hits.length);
		expect(json.hits.every(hit => hit.alsoIn?.length === 1)).toBe(true);
	});

	test('nothing found exits 1 and says how words match; no words and a wrong format are usage errors', async () => {
		const none = await cli(home, 'search', 'Selenskyj', 'Fußballweltmeisterschaft', ...sources);
		expect(none).toMatchObject({code: 1, stdout: ''});
		expect(none.stderr).toContain('nothing found for "Selenskyj Fußballweltmeisterschaft" (every word must occur');
		// The same exit code whatever the format (a script must not parse the output to know); JSON still says it.
		const noneJson = await cli(home, 'search', 'Selenskyj', 'Fußballweltmeisterschaft', '--format', 'json', ...sources);
		expect(noneJson.code).toBe(1);
		expect(JSON.parse(noneJson.stdout)).toEqual({query: 'Selenskyj Fußballweltmeisterschaft', hits: []});
		expect((await cli(home, 'search', ...sources)).code).toBe(2);
		const format = await cli(home, 'search', 'Trump', '--format', 'md', ...sources);
		expect(format.code).toBe(2);
		expect(format.stderr).toContain('--format must be text or json');
	});

	test('feed text with escape sequences never reaches the terminal', async () => {
		const evil = path.join(home, 'evil.rss');
		writeFileSync(evil, escapeFeed());
		const result = await cli(home, 'search', 'text', '--source', evil);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('Clipboard');
		expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u);
	});
});

describe('lagebild search with words to leave out', () => {
	test('-word on the command line is a word to leave out, not a group of unknown one-letter flags', async () => {
		const all = JSON.parse((await cli(home, 'search', 'Trump', '--format', 'json', ...sources)).stdout) as {hits: Array<{title: string; snippet: string}>};
		const withPutin = JSON.parse((await cli(home, 'search', 'Trump', 'Putin', '--format', 'json', ...sources)).stdout) as {hits: Array<{title: string}>};
		expect(withPutin.hits.length).toBeGreaterThan(0);
		expect(all.hits.length).toBeGreaterThan(withPutin.hits.length);
		const result = await cli(home, 'search', 'Trump', '-Putin', '--format', 'json', ...sources);
		expect(result.stderr).not.toContain('unknown option');
		expect(result.code).toBe(0);
		const without = JSON.parse(result.stdout) as {hits: Array<{title: string}>};
		expect(without.hits.length).toBe(all.hits.length - withPutin.hits.length);
		expect(without.hits.map(hit => hit.title)).not.toEqual(expect.arrayContaining(withPutin.hits.map(hit => hit.title)));
		// Elsewhere such a word stays an unknown option.
		const brief = await cli(home, 'brief', '-Putin', ...sources);
		expect(brief.code).toBe(2);
		expect(brief.stderr).toContain('unknown option');
	});
});
