// Two lagebild processes on one config.json: an edit in one never drops what the other wrote meanwhile.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {ConfigFile} from '../../source/config/config-file.js';
import {addFeed} from '../../source/config/feed-list.js';
import {runCli} from '../../source/commands/main.js';

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-two-writers-'));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const urls = () => (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string}>}).feeds.map(feed => feed.url);

async function cli(...argv: string[]): Promise<number> {
	return runCli(['--home', home, ...argv], {stdout: {write: () => true}, stderr: {write: () => true}, env: {}});
}

describe('config.json written by two processes', () => {
	it('the app keeps a feed that `lagebild feeds add` added while it ran, and the other way round', async () => {
		const app = await ConfigFile.open(home);
		await app.update({feeds: addFeed([], {url: 'https://one.example/feed', title: '', tags: []})});
		// Another process (a second window, a script) adds a feed.
		expect(await cli('feeds', 'add', '--as-is', 'https://two.example/feed')).toBe(0);
		// The app adds one from the list it holds, as its feed manager does.
		await app.update({feeds: addFeed(app.data.feeds, {url: 'https://three.example/feed', title: '', tags: []})});
		expect(urls()).toEqual(['https://one.example/feed', 'https://two.example/feed', 'https://three.example/feed']);
		// Settings another process wrote survive the app's feed edit too.
		const other = await ConfigFile.open(home);
		await other.update({settings: {retentionDays: 7}});
		await app.update({feeds: app.data.feeds.slice(1)});
		expect(urls()).toEqual(['https://two.example/feed', 'https://three.example/feed']);
		expect((JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {settings: {retentionDays: number}}).settings.retentionDays).toBe(7);
	});

	it('a half-written file (an editor saving) is not taken; the complete one after it is', async () => {
		const app = await ConfigFile.open(home);
		await app.update({feeds: addFeed([], {url: 'https://one.example/feed', title: '', tags: []})});
		const complete = readFileSync(path.join(home, 'config.json'), 'utf8');
		writeFileSync(path.join(home, 'config.json'), complete.slice(0, complete.length / 2));
		expect(app.data.feeds.map(feed => feed.url)).toEqual(['https://one.example/feed']);
		const edited = JSON.parse(complete) as {feeds: Array<{url: string}>};
		edited.feeds[0]!.url = 'https://edited.example/feed';
		writeFileSync(path.join(home, 'config.json'), `${JSON.stringify(edited, null, '\t')}\n\n`);
		expect(app.data.feeds.map(feed => feed.url)).toEqual(['https://edited.example/feed']);
	});

	it('an edit never overwrites a file someone left invalid meanwhile: it says so and leaves the file', async () => {
		const app = await ConfigFile.open(home);
		await app.update({feeds: addFeed([], {url: 'https://one.example/feed', title: '', tags: []})});
		const broken = readFileSync(path.join(home, 'config.json'), 'utf8').replace('"feeds"', '"feeds" oops');
		writeFileSync(path.join(home, 'config.json'), broken);
		await expect(app.update({feeds: addFeed(app.data.feeds, {url: 'https://two.example/feed', title: '', tags: []})})).rejects.toThrow(/was changed by another program and it is not valid JSON now \(.+ at line \d+, column \d+\); the change was not saved/u);
		expect(readFileSync(path.join(home, 'config.json'), 'utf8')).toBe(broken);
	});
});
