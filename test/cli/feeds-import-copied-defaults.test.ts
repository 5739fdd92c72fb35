// Walk 11 #226: a first `feeds add` copied the 26 default feeds, then the user's own list was imported beside them. The
// import says which command drops the copies while they are untouched — never the feeds the file names.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {loadDefaultFeeds} from '../../source/commands/default-feeds.js';
import {feedId} from '../../source/config/feed-url.js';
import {cli, cliWith} from './run-cli.js';

let home = '';
let urls = '';
const defaults = loadDefaultFeeds();
// The user's list names one of the defaults too: that one they chose.
const chosenDefault = defaults[3]!.url;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-copied-defaults-'));
	urls = path.join(home, 'urls');
	writeFileSync(urls, `https://example.org/a.xml\nhttps://example.org/b.xml\n${chosenDefault}\n`);
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const configured = () => (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string; title: string}>}).feeds;

it('after the copy, an import names the command that drops the copied defaults; run, it keeps every feed chosen', async () => {
	const added = await cli(home, 'feeds', 'add', '--as-is', 'https://example.org/first.xml');
	expect(added.code).toBe(0);
	expect(configured()).toHaveLength(defaults.length + 1);
	const imported = await cli(home, 'feeds', 'import', urls);
	expect(imported.code).toBe(0);
	const line = imported.stdout.split('\n').find(row => row.startsWith(`The ${defaults.length - 1} default feeds copied with your first feed are still listed`));
	expect(line, imported.stdout).toBeDefined();
	expect(line).toContain('(not the 1 your file names)');
	const command = /: (lagebild feeds remove (?:[\da-f]{6} ?)+)$/u.exec(line!)![1]!;
	expect(command.split(' ').slice(3)).toEqual(defaults.filter(feed => feed.url !== chosenDefault).map(feed => feedId(feed.url)));
	// The command as printed.
	const removed = await cli(home, ...command.split(' ').slice(1));
	expect(removed.code).toBe(0);
	expect(configured().map(feed => feed.url).sort()).toEqual(['https://example.org/first.xml', 'https://example.org/a.xml', 'https://example.org/b.xml', chosenDefault].sort());
	// Nothing more to say once they are gone.
	writeFileSync(urls, 'https://example.org/c.xml\n');
	expect((await cli(home, 'feeds', 'import', urls)).stdout).not.toContain('default feeds');
});

it('says nothing once the user has worked on the copied defaults (one removed), and nothing on a first import', async () => {
	await cli(home, 'feeds', 'add', '--as-is', 'https://example.org/first.xml');
	await cli(home, 'feeds', 'remove', feedId(defaults[0]!.url));
	const imported = await cli(home, 'feeds', 'import', urls);
	expect(imported.code).toBe(0);
	expect(imported.stdout).not.toContain('default feeds copied');
	expect(configured()).toHaveLength(defaults.length - 1 + 1 + 2);
	const fresh = mkdtempSync(path.join(tmpdir(), 'lagebild-copied-defaults-'));
	try {
		expect((await cli(fresh, 'feeds', 'import', urls)).stdout).not.toContain('default feeds copied');
	} finally {
		rmSync(fresh, {recursive: true, force: true});
	}
});

it('in German under a German locale', async () => {
	await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'feeds', 'add', '--as-is', 'https://example.org/first.xml');
	const imported = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', home, 'feeds', 'import', urls);
	expect(imported.stdout).toContain(`Die ${defaults.length - 1} Standard-Feeds, kopiert mit deinem ersten Feed, sind noch in der Liste; entfernen (ohne die 1, die deine Datei nennt): lagebild feeds remove ${feedId(defaults[0]!.url)} `);
});
