// `lagebild feeds import` on the default list replaces it (as the app's import does); the defaults vanished without a
// word, where `feeds add` says that it copied them (ninth walk: a newsboat user's urls file).

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {loadDefaultFeeds} from '../../source/commands/default-feeds.js';
import {cli, cliWith} from './run-cli.js';

let home = '';
let urls = '';
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-import-defaults-'));
	urls = path.join(home, 'urls');
	writeFileSync(urls, 'https://example.org/a.xml de\nhttps://example.org/b.xml "~B feed"\n');
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const configured = () => (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string}>}).feeds.map(feed => feed.url);

it('a first import says that the imported list replaces the default one, and how many feeds that was', async () => {
	const defaults = loadDefaultFeeds().length;
	const result = await cli(home, 'feeds', 'import', urls);
	expect(result.code).toBe(0);
	expect(result.stdout).toContain(`Your list replaces the default one (${defaults} feeds); lagebild feeds add URL adds one of those back.`);
	expect(configured()).toEqual(['https://example.org/a.xml', 'https://example.org/b.xml']);
	// Importing into a list of one's own replaces nothing, and says nothing of the defaults.
	writeFileSync(urls, 'https://example.org/c.xml\n');
	const again = await cli(home, 'feeds', 'import', urls);
	expect(again.stdout).not.toContain('replaces the default');
	expect(configured()).toHaveLength(3);
});

it('in German under a German locale', async () => {
	const result = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'feeds', 'import', urls);
	expect(result.stdout).toContain(`Deine Liste ersetzt die vorgegebene (${loadDefaultFeeds().length} Feeds)`);
});
