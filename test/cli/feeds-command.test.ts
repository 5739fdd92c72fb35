import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {feedId} from '../../source/config/feed-url.js';
import {runCli} from '../../source/commands/main.js';
import {cli} from './run-cli.js';

let home: string;

beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-cli-'));
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

function configuredFeeds(): Array<{url: string; title: string; tags: string[]}> {
	return (JSON.parse(readFileSync(path.join(home, 'config.json'), 'utf8')) as {feeds: Array<{url: string; title: string; tags: string[]}>}).feeds;
}

describe('lagebild feeds', () => {
	it('add takes an address without its scheme as https, as the feed manager does; a lone word stays an error', async () => {
		const added = await cli(home, '--offline', 'feeds', 'add', 'example.org/rss');
		expect(added.code).toBe(0);
		expect(configuredFeeds().map(feed => feed.url)).toContain('https://example.org/rss');
		const word = await cli(home, 'feeds', 'add', 'notaurl');
		expect(word.code).toBe(1);
		expect(word.stderr).toContain('not a URL: "notaurl"');
		const ftp = await cli(home, 'feeds', 'add', 'ftp://example.org/feed');
		expect(ftp.stderr).toContain('only http:// and https:// feeds');
	});

	it('import of a file that is no OPML names the file and what it is, and changes nothing', async () => {
		const page = path.join(home, 'page.html');
		writeFileSync(page, '<!doctype html><html><body><p>not a list</p></body></html>');
		const broken = path.join(home, 'broken.opml');
		writeFileSync(broken, '<opml version="2.0">\n<body>\n<outline text="x" xmlUrl="https://x.example/"></body></opml>');
		const asPage = await cli(home, 'feeds', 'import', page);
		expect(asPage.code).toBe(1);
		expect(asPage.stderr).toContain(`${page}: not an OPML file (a web page)`);
		const asBroken = await cli(home, 'feeds', 'import', broken);
		expect(asBroken.code).toBe(1);
		expect(asBroken.stderr).toMatch(new RegExp(`${broken.replaceAll(/[.*+?^${}()|[\]\\]/gu, '\\$&')}: not a readable OPML file \\(line 3, column \\d+: `, 'u'));
		expect((await cli(home, 'feeds', 'list')).stderr).toContain('No feeds configured');
	});

	it('lists the default feeds while none are configured', async () => {
		const result = await cli(home, 'feeds', 'list');
		expect(result.code).toBe(0);
		expect(result.stderr).toContain('No feeds configured');
		expect(result.stdout).toContain('https://www.tagesschau.de/xml/rss2/');
		expect(result.stdout).toContain(feedId('https://www.tagesschau.de/xml/rss2/'));
		expect(result.stdout.trimEnd().split('\n').length).toBeGreaterThan(20);
	});

	it('piped, prints whole titles tab-separated (#74); on a terminal, the table with its columns', async () => {
		const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/feeds');
		const sources = ['tagesschau-2021-02-18.rss', 'guardian-us-politics-2018.rss', 'nyt-world-europe-2021-02-27.rss'].flatMap(file => ['--source', path.join(fixtures, file)]);
		const piped = await cli(home, 'feeds', 'list', ...sources);
		expect(piped.code).toBe(0);
		const rows = piped.stdout.replace(/\n$/u, '').split('\n').map(row => row.split('\t'));
		expect(rows[0]).toEqual(['ID', 'TITLE', 'TAGS', 'ON', 'STATUS', 'LAST FETCH', 'ARTICLES', 'URL', 'FAILING SINCE', 'ERROR']);
		expect(rows).toHaveLength(4);
		expect(rows.every(row => row.length === 10)).toBe(true);
		const titles = rows.slice(1).map(row => row[1]!);
		expect(titles).toContain('tagesschau.de - Die Nachrichten der ARD');
		const long = titles.filter(title => [...title].length > 29);
		expect(long.length).toBeGreaterThan(0);
		expect(titles.some(title => title.endsWith('…'))).toBe(false);
		expect(piped.stderr).toBe('');

		let stdout = '';
		const code = await runCli(['--home', home, 'feeds', 'list', ...sources], {
			stdout: {write: (text: string) => (stdout += text), isTTY: true, columns: 200},
			stderr: {write: () => undefined},
			env: {},
		});
		expect(code).toBe(0);
		expect(stdout).not.toContain('\t');
		for (const title of long) expect(stdout).not.toContain(title);
		expect(stdout).toContain('3 feeds, 3 enabled');
	});

	it('adds a feed with title and tags (keeping the defaults), lists it, removes it by ID', async () => {
		const url = 'https://Example.ORG/news/feed.xml';
		const added = await cli(home, '--offline', 'feeds', 'add', url, '--title', 'Example News', '--tag', 'test', '--tag', 'en');
		expect(added.code).toBe(0);
		expect(added.stdout).toContain('Added Example News');
		const feeds = configuredFeeds();
		expect(feeds.at(-1)).toEqual({url: 'https://example.org/news/feed.xml', title: 'Example News', tags: ['test', 'en'], enabled: true});
		expect(feeds.length).toBeGreaterThan(20);

		const listed = await cli(home, 'feeds', 'list');
		expect(listed.stdout).not.toContain('No feeds configured');
		const line = listed.stdout.split('\n').find(row => row.includes('example.org/news'));
		expect(line).toMatch(new RegExp(`^${feedId('https://example.org/news/feed.xml')}\\s+Example News\\s+test,en\\s+yes\\s+new`));

		const removed = await cli(home, 'feeds', 'remove', feedId('https://example.org/news/feed.xml'));
		expect(removed.code).toBe(0);
		expect(configuredFeeds().some(feed => feed.url.includes('example.org'))).toBe(false);
		const removedByUrl = await cli(home, 'feeds', 'remove', 'https://www.tagesschau.de/xml/rss2');
		expect(removedByUrl.code).toBe(0);
		expect(configuredFeeds().some(feed => feed.url.includes('tagesschau'))).toBe(false);
	});

	it('remove takes several URLs or IDs, and removes none of them when one is unknown', async () => {
		const urls = ['https://a.example/rss', 'https://b.example/rss', 'https://c.example/rss'];
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: urls.map(url => ({url, title: '', tags: [], enabled: true}))}));
		const typo = await cli(home, 'feeds', 'remove', feedId(urls[0]!), 'ffffff');
		expect(typo.code).toBe(1);
		expect(typo.stderr).toContain('no feed with URL, ID or title "ffffff"');
		expect(configuredFeeds().map(feed => feed.url)).toEqual(urls);
		const removed = await cli(home, 'feeds', 'remove', feedId(urls[0]!), urls[2]!);
		expect(removed.code).toBe(0);
		expect(removed.stdout).toContain(`Removed a.example [${feedId(urls[0]!)}]`);
		expect(removed.stdout).toContain(`Removed c.example [${feedId(urls[2]!)}]`);
		expect(configuredFeeds().map(feed => feed.url)).toEqual([urls[1]]);
	});

	it('an emptied list stays empty: no defaults come back, and list and refresh say how to add a feed', async () => {
		const url = 'https://example.org/only.xml';
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url, title: 'Only', tags: [], enabled: true}]}));
		const removed = await cli(home, 'feeds', 'remove', url);
		expect(removed.code).toBe(0);
		expect(configuredFeeds()).toEqual([]);
		for (let run = 0; run < 2; run++) {
			const listed = await cli(home, 'feeds', 'list');
			expect(listed.code).toBe(0);
			expect(listed.stdout).not.toContain('tagesschau');
			expect(listed.stdout).toContain('Your feed list is empty. Add a feed with: lagebild feeds add URL');
			const refreshed = await cli(home, 'refresh');
			expect(refreshed.code).toBe(0);
			expect(refreshed.stdout).toContain('Nothing to refresh. Your feed list is empty.');
		}

		expect(configuredFeeds()).toEqual([]);
		// Adding to an emptied list adds just that feed, not the defaults with it.
		expect((await cli(home, '--offline', 'feeds', 'add', url)).code).toBe(0);
		expect(configuredFeeds().map(feed => feed.url)).toEqual([url]);
	});

	it('refuses duplicates and non-http URLs with exit code 1', async () => {
		expect((await cli(home, '--offline', 'feeds', 'add', 'https://example.org/feed/')).code).toBe(0);
		const before = readFileSync(path.join(home, 'config.json'));
		for (const duplicate of ['https://EXAMPLE.org/feed', 'https://example.org/feed#top', 'https://example.org:443/feed/']) {
			const result = await cli(home, 'feeds', 'add', duplicate);
			expect(result.code, duplicate).toBe(1);
			expect(result.stderr).toContain('already in the feed list');
		}

		for (const bad of ['ftp://example.org/feed', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url']) {
			const result = await cli(home, 'feeds', 'add', bad);
			expect(result.code, bad).toBe(1);
			expect(result.stderr).toMatch(/http/);
		}

		expect(readFileSync(path.join(home, 'config.json')).equals(before)).toBe(true);
		const missing = await cli(home, 'feeds', 'remove', 'ffffff');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('no feed with URL, ID or title');
	});

	it('exports to stdout and to a file, and imports that file into an empty home unchanged', async () => {
		await cli(home, '--offline', 'feeds', 'add', 'https://a.example/rss', '--title', 'A & B <News>', '--tag', 'x');
		const stdout = await cli(home, 'feeds', 'export');
		expect(stdout.code).toBe(0);
		expect(stdout.stdout).toMatch(/^<\?xml/);
		expect(stdout.stdout).toContain('A &amp; B &lt;News&gt;');

		const file = path.join(home, 'out.opml');
		expect((await cli(home, 'feeds', 'export', file)).stdout).toContain('Exported');
		expect(readFileSync(file, 'utf8')).toBe(stdout.stdout.replace(/<dateCreated>[^<]*<\/dateCreated>/, readFileSync(file, 'utf8').match(/<dateCreated>[^<]*<\/dateCreated>/)![0]));

		const other = mkdtempSync(path.join(tmpdir(), 'lagebild-cli-other-'));
		try {
			const imported = await cli(other, 'feeds', 'import', file);
			expect(imported.code).toBe(0);
			const original = configuredFeeds();
			const copy = (JSON.parse(readFileSync(path.join(other, 'config.json'), 'utf8')) as {feeds: unknown[]}).feeds;
			expect(copy).toEqual(original);
			const again = await cli(other, 'feeds', 'import', file);
			expect(again.stdout).toContain(`Imported 0 of ${original.length}`);
			expect(again.stdout).toContain('already in the feed list');
		} finally {
			rmSync(other, {recursive: true, force: true});
		}
	});

	it('reports an unreadable or non-OPML import file', async () => {
		expect((await cli(home, 'feeds', 'import', path.join(home, 'missing.opml'))).code).toBe(1);
		writeFileSync(path.join(home, 'x.opml'), '<rss/>');
		const result = await cli(home, 'feeds', 'import', path.join(home, 'x.opml'));
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('not an OPML file');
	});

	it('stops with the path and leaves a corrupt config untouched, also for writing commands', async () => {
		const file = path.join(home, 'config.json');
		const corrupt = Buffer.from('{\n  "feeds": [\n    {"url": "https://example.org/feed"\n  ]\n}\n');
		writeFileSync(file, corrupt);
		const mtime = statSync(file).mtimeMs;
		for (const argv of [['feeds', 'list'], ['feeds', 'add', 'https://b.example/rss'], ['feeds', 'import', file], ['refresh']]) {
			const result = await cli(home, ...argv);
			expect(result.code, argv.join(' ')).toBe(1);
			expect(result.stderr).toContain(`config file ${file} is not valid JSON`);
			expect(result.stderr).toContain('line 4');
		}

		expect(readFileSync(file).equals(corrupt)).toBe(true);
		expect(statSync(file).mtimeMs).toBe(mtime);
		expect(existsSync(path.join(home, 'lagebild.db'))).toBe(false);
	});
});

describe('built CLI', () => {
	const built = path.resolve(import.meta.dirname, '../../dist/cli.js');

	it.skipIf(!existsSync(built))('exits non-zero with a clear message for a schema-invalid config', () => {
		const file = path.join(home, 'config.json');
		writeFileSync(file, JSON.stringify({feeds: [{url: 'https://x.example/rss', enabled: 'yes'}]}));
		const before = readFileSync(file);
		const result = spawnSync(process.execPath, [built, 'feeds', 'list'], {env: {...process.env, LAGEBILD_HOME: home}, encoding: 'utf8'});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(file);
		expect(result.stderr).toContain('feeds/0/enabled');
		expect(result.stdout).toBe('');
		expect(readFileSync(file).equals(before)).toBe(true);
	});

	it.skipIf(!existsSync(built))('prints help and version', () => {
		const help = spawnSync(process.execPath, [built, '--help'], {encoding: 'utf8'});
		expect(help.status).toBe(0);
		expect(help.stdout).toContain('lagebild feeds');
		const version = spawnSync(process.execPath, [built, '--version'], {encoding: 'utf8'});
		expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
	});
});

describe('lagebild feeds export after a refresh', () => {
	it('a feed added without a title is exported under the title it gives itself, not its host', async () => {
		const {startFeedServer} = await import('../helpers/feed-server.js');
		const server = await startFeedServer();
		try {
			const url = server.url('/ok/tagesschau-2021-02-18.rss');
			writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url, title: '', tags: [], enabled: true}], settings: {timeoutSeconds: 5, retentionDays: 0}}));
			expect((await cli(home, 'refresh')).code).toBe(0);
			const exported = await cli(home, 'feeds', 'export');
			expect(exported.stdout).toContain('text="tagesschau.de - Die Nachrichten der ARD"');
			expect(exported.stdout).not.toContain('text="127.0.0.1"');
			// The config keeps what the user gave (nothing): the feed's title may change later.
			expect(configuredFeeds()[0]!.title).toBe('');
		} finally {
			await server.close();
		}
	});

	it('export → import round trip: a feed never fetched (exported under its host) comes back without a title, not "127.0.0.1"', async () => {
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: 'http://127.0.0.1:9/never.rss', title: '', tags: ['x'], enabled: true}, {url: 'https://example.org/feed', title: 'Mine', tags: [], enabled: true}]}));
		const file = path.join(home, 'out.opml');
		expect((await cli(home, 'feeds', 'export', file)).code).toBe(0);
		expect(readFileSync(file, 'utf8')).toContain('text="127.0.0.1"');
		const other = mkdtempSync(path.join(tmpdir(), 'lagebild-cli-other-'));
		try {
			expect((await cli(other, 'feeds', 'import', file)).code).toBe(0);
			const copy = (JSON.parse(readFileSync(path.join(other, 'config.json'), 'utf8')) as {feeds: unknown[]}).feeds;
			expect(copy).toEqual(configuredFeeds());
		} finally {
			rmSync(other, {recursive: true, force: true});
		}
	});
});

describe('lagebild feeds add keeps the title it found (#65)', () => {
	it('lists the feed under its own title before any refresh; the config keeps no title; a refresh and a user title still win', async () => {
		const {startFeedServer} = await import('../helpers/feed-server.js');
		const server = await startFeedServer();
		try {
			writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [], settings: {timeoutSeconds: 5, retentionDays: 0}}));
			const url = server.url('/ok/tagesschau-2021-02-18.rss');
			const added = await cli(home, 'feeds', 'add', url);
			expect(added.code, added.stderr).toBe(0);
			expect(added.stdout).toContain('Added tagesschau.de - Die Nachrichten der ARD');
			const listed = await cli(home, 'feeds', 'list');
			const row = listed.stdout.split('\n').find(line => line.includes('/ok/tagesschau'))!.split('\t');
			expect(row[1]).toBe('tagesschau.de - Die Nachrichten der ARD');
			expect(row[4]).toBe('new');
			expect(configuredFeeds()[0]!.title).toBe('');
			expect((await cli(home, 'feeds', 'export')).stdout).toContain('text="tagesschau.de - Die Nachrichten der ARD"');

			// A refresh stores the feed's title as before; a user's title is the config's and is listed first.
			expect((await cli(home, 'refresh')).code).toBe(0);
			const refreshed = (await cli(home, 'feeds', 'list')).stdout.split('\n').find(line => line.includes('/ok/tagesschau'))!.split('\t');
			expect(refreshed[1]).toBe('tagesschau.de - Die Nachrichten der ARD');
			expect(refreshed[4]).toBe('ok');
			const other = server.url('/ok/nyt-world-europe-2021-02-27.rss');
			expect((await cli(home, 'feeds', 'add', other, '--title', 'Mein Europa')).code).toBe(0);
			const mine = (await cli(home, 'feeds', 'list')).stdout.split('\n').find(line => line.includes('/ok/nyt-world'))!.split('\t');
			expect(mine[1]).toBe('Mein Europa');
			expect(configuredFeeds()[1]!.title).toBe('Mein Europa');
		} finally {
			await server.close();
		}
	});
});

describe('lagebild feeds import of an OPML without feed names', () => {
	it('keeps no title in the config, so the feed\'s own title shows after a refresh (not its host name for good)', async () => {
		const {startFeedServer} = await import('../helpers/feed-server.js');
		const server = await startFeedServer();
		try {
			writeFileSync(path.join(home, 'config.json'), JSON.stringify({settings: {timeoutSeconds: 5, retentionDays: 0}}));
			const url = server.url('/ok/tagesschau-2021-02-18.rss');
			const file = path.join(home, 'unnamed.opml');
			writeFileSync(file, `<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" text="" xmlUrl="${url}"/></body></opml>`);
			expect((await cli(home, 'feeds', 'import', file)).code).toBe(0);
			expect(configuredFeeds().find(feed => feed.url === url)!.title).toBe('');
			const refreshed = await cli(home, 'refresh');
			expect(refreshed.stdout).toContain('✓ tagesschau.de - Die Nachrichten der ARD');
			const listed = await cli(home, 'feeds', 'list');
			expect(listed.stdout).toContain('tagesschau.de - Die Nach');
			expect(listed.stdout.split('\n').find(line => line.includes(url))).not.toMatch(/\t127\.0\.0\.1\t/u);
		} finally {
			await server.close();
		}
	});
});
