// Removing the default feeds one does not want by the name `feeds list` shows ("Slashdot", "NYT > World > Europe"):
// only a URL or an ID was taken, and a new user had to copy IDs (ninth walk).

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {openContext} from '../../source/commands/context.js';
import {feedId} from '../../source/config/feed-url.js';
import {cli, cliWith} from './run-cli.js';

let home = '';
const feeds = [
	{url: 'https://a.example/slashdot.rdf', title: 'Slashdot', tags: [], enabled: true},
	{url: 'https://b.example/europe.rss', title: '', tags: [], enabled: true},
	{url: 'https://c.example/news.rss', title: 'News', tags: [], enabled: true},
	{url: 'https://d.example/news.rss', title: 'News', tags: [], enabled: true},
];
beforeEach(async () => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-remove-title-'));
	writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds}));
	// The second feed has no title of the user's: the list shows the one it gives itself.
	const context = await openContext({home, source: [], offline: true}, {env: {}});
	context.store.setFeedTitle('https://b.example/europe.rss', 'NYT > World > Europe');
	context.close();
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const configured = () => (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string}>}).feeds.map(feed => feed.url);

it('removes feeds by the title the list shows, the user\'s or the feed\'s own, in any case', async () => {
	const result = await cli(home, 'feeds', 'remove', 'slashdot', 'NYT > World > Europe');
	expect(result.stderr).toBe('');
	expect(result.code).toBe(0);
	expect(result.stdout).toContain('Removed Slashdot');
	expect(configured()).toEqual(['https://c.example/news.rss', 'https://d.example/news.rss']);
});

it('a title two feeds share removes neither and names their IDs', async () => {
	const result = await cli(home, 'feeds', 'remove', 'Slashdot', 'News');
	expect(result.code).toBe(1);
	expect(result.stderr).toContain(`2 feeds are called "News"; remove one by its ID: ${feedId('https://c.example/news.rss')} https://c.example/news.rss, ${feedId('https://d.example/news.rss')} https://d.example/news.rss`);
	// Nothing changed: Slashdot, named first, is still there.
	expect(configured()).toHaveLength(4);
});

it('a name that is no feed\'s says that no URL, ID or title matched', async () => {
	const result = await cli(home, 'feeds', 'remove', 'Tagesschau');
	expect(result.code).toBe(1);
	expect(result.stderr).toMatch(/no feed with URL, ID or title "Tagesschau"/u);
	expect(configured()).toHaveLength(4);
});

it('says both refusals in German under a German locale', async () => {
	const shared = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'feeds', 'remove', 'News');
	expect(shared.stderr).toContain('2 Feeds heißen "News"; entferne einen mit seiner ID:');
	const none = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'feeds', 'remove', 'Tagesschau');
	expect(none.stderr).toBe('lagebild: kein Feed mit der URL, ID oder dem Titel "Tagesschau" (siehe lagebild feeds list)\n');
	expect(configured()).toHaveLength(4);
});
