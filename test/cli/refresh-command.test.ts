import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it, vi} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {useFeedServerAndHome} from '../helpers/server-and-home.js';
import {runCli} from '../../source/commands/main.js';
import {cli, cliWith} from './run-cli.js';

const fixture = useFeedServerAndHome('lagebild-refresh-');

afterEach(() => {
	vi.useRealTimers();
});

function writeConfig(feeds: Array<{url: string; title: string}>, settings: Record<string, number> = {}): void {
	writeFileSync(path.join(fixture.home, 'config.json'), JSON.stringify({feeds: feeds.map(feed => ({...feed, tags: [], enabled: true})), settings: {timeoutSeconds: 5, ...settings}}));
}

describe('lagebild refresh', () => {
	it('fetches every feed, prints one error line per broken feed, stores the rest and exits 0', async () => {
		writeConfig([
			{url: fixture.server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Tagesschau'},
			{url: fixture.server.url('/ok/nyt-world-europe-2021-02-27.rss'), title: 'NYT Europe'},
			{url: fixture.server.url('/status/500'), title: 'Broken Server'},
			{url: fixture.server.url('/html'), title: 'Just HTML'},
			{url: fixture.server.url('/malformed'), title: 'Bad XML'},
		], {retentionDays: 0});
		const first = await cli(fixture.home, 'refresh');
		expect(first.code).toBe(0);
		const lines = first.stdout.split('\n');
		// Piped (a cron job's mail): one line per feed as it finishes, the summary, then the failures again, so the end
		// of the output says what failed however many feeds came before it.
		const summaryAt = lines.findIndex(line => line.startsWith('Refreshed 5 feeds'));
		const failures = lines.slice(summaryAt + 1).filter(line => line.startsWith('  ✗ '));
		expect(failures).toHaveLength(3);
		expect(lines.slice(0, summaryAt).filter(line => line.startsWith('  ✗ ')).sort()).toEqual([...failures].sort());
		expect(failures.find(line => line.includes('Broken Server'))).toMatch(/500/);
		expect(failures.some(line => line.includes('Just HTML'))).toBe(true);
		expect(failures.some(line => line.includes('Bad XML'))).toBe(true);
		expect(lines.filter(line => line.startsWith('  ✓ '))).toHaveLength(2);
		expect(first.stdout).toMatch(/Refreshed 5 feeds in [\d.]+ s: 2 ok, 0 not modified, 3 failed; \d+ new articles\./);

		const store = new ArticleStore(path.join(fixture.home, 'lagebild.db'));
		try {
			const stored = store.count();
			expect(stored).toBeGreaterThan(40);
			expect(first.stdout).toContain(`; ${stored} new articles.`);
			expect(store.getFeedState(fixture.server.url('/status/500'))).toMatchObject({status: 'error'});
		} finally {
			store.close();
		}

		// The second time the fixture.server answers 304 for unchanged feeds.
		const second = await cli(fixture.home, 'refresh');
		expect(second.code).toBe(0);
		expect(second.stdout).toMatch(/2 not modified, 3 failed; 0 new articles/);
		const list = await cli(fixture.home, 'feeds', 'list');
		expect(list.stdout).toMatch(/\tBroken Server\t\tyes\terror\t.*\t[^\t\n]*500[^\t\n]*$/mu);
	});

	it('shows one live progress line on a terminal and lists failures after the summary', async () => {
		writeConfig([
			{url: fixture.server.url('/ok/nyt-world-europe-2021-02-27.rss'), title: 'NYT Europe'},
			{url: fixture.server.url('/status/503'), title: 'Overloaded'},
		], {retentionDays: 0});
		let stdout = '';
		const code = await runCli(['--home', fixture.home, 'refresh'], {
			stdout: {write: (text: string) => (stdout += text), isTTY: true, columns: 60},
			stderr: {write: () => true},
			env: {},
		});
		expect(code).toBe(0);
		expect(stdout).toContain('\r\u001B[2KRefreshing 1/2');
		expect(stdout).toContain('\r\u001B[2KRefreshing 2/2');
		const afterProgress = stdout.slice(stdout.lastIndexOf('\r\u001B[2K') + 5);
		expect(afterProgress.split('\n')).toEqual([
			expect.stringMatching(/^Refreshed 2 feeds in [\d.]+ s: 1 ok, 0 not modified, 1 failed; 20 new articles\.$/),
			expect.stringMatching(/^ {2}✗ Overloaded — .*503/),
			'',
		]);
	});

	it('does not store or count as new the items already past retention, on any refresh', async () => {
		// No validators on this route: each refresh gets every item again, not a 304.
		writeConfig([{url: fixture.server.url('/gzip/tagesschau-2021-02-18.rss'), title: 'Tagesschau'}]);
		const first = await cli(fixture.home, 'refresh');
		expect(first.code).toBe(0);
		// The fixture is from 2021: every item is past the 30-day window.
		expect(first.stdout).toMatch(/; 0 new articles\./);
		expect(first.stdout).toMatch(/\n(\d+) items older than 30 days skipped/);
		expect(Number(/(\d+) items older than 30 days skipped/.exec(first.stdout)?.[1])).toBeGreaterThan(30);
		expect(first.stdout).not.toMatch(/Removed/);
		for (let run = 0; run < 2; run++) {
			const again = await cli(fixture.home, 'refresh');
			expect(again.code).toBe(0);
			expect(again.stdout).toMatch(/: 1 ok, 0 not modified, 0 failed; 0 new articles\./);
			expect(again.stdout).not.toMatch(/skipped|Removed/);
		}

		const store = new ArticleStore(path.join(fixture.home, 'lagebild.db'));
		try {
			expect(store.count()).toBe(0);
		} finally {
			store.close();
		}
	});

	it('removes old articles stored earlier, except starred ones, which later refreshes keep as they are', async () => {
		writeConfig([{url: fixture.server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Tagesschau'}], {retentionDays: 0});
		expect((await cli(fixture.home, 'refresh')).code).toBe(0);
		let store = new ArticleStore(path.join(fixture.home, 'lagebild.db'));
		const stored = store.count();
		const starred = store.articles({limit: 1})[0]!.uid;
		store.setStarred([starred], true);
		store.close();
		writeConfig([{url: fixture.server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Tagesschau'}]);
		const retained = await cli(fixture.home, 'refresh');
		expect(retained.stdout).toMatch(/; 0 new articles\./);
		expect(retained.stdout).toContain(`Removed ${stored - 1} articles older than 30 days (starred ones are kept).`);
		const again = await cli(fixture.home, 'refresh');
		expect(again.stdout).toMatch(/; 0 new articles\./);
		expect(again.stdout).not.toMatch(/skipped|Removed/);
		store = new ArticleStore(path.join(fixture.home, 'lagebild.db'));
		try {
			expect(store.count()).toBe(1);
			expect(store.article(starred)?.starred).toBe(true);
		} finally {
			store.close();
		}
	});

	it('deletes nothing when no feed could be reached: an offline refresh keeps the cache it cannot refill', async () => {
		// The first refresh stores a 2021 feed (retention off); then the network "goes away" and retention is on.
		writeConfig([{url: fixture.server.url('/ok/tagesschau-2021-02-18.rss'), title: 'Tagesschau'}], {retentionDays: 0});
		expect((await cli(fixture.home, 'refresh')).code).toBe(0);
		const stored = new ArticleStore(path.join(fixture.home, 'lagebild.db'));
		const before = stored.count();
		stored.close();
		expect(before).toBeGreaterThan(0);
		writeConfig([{url: fixture.server.url('/status/500'), title: 'Tagesschau, now failing'}]);
		const offline = await cli(fixture.home, 'refresh');
		expect(offline.code).toBe(1);
		expect(offline.stdout).not.toMatch(/Removed/);
		const store = new ArticleStore(path.join(fixture.home, 'lagebild.db'));
		try {
			expect(store.count()).toBe(before);
		} finally {
			store.close();
		}
	});

	it('says how long a feed has failed after its failure line once it is a day or more (walk 10 #212), in German too', async () => {
		writeConfig([
			{url: fixture.server.url('/ok/nyt-world-europe-2021-02-27.rss'), title: 'NYT Europe'},
			{url: fixture.server.url('/status/500'), title: 'Gone Gazette'},
		], {retentionDays: 0});
		const first = await cli(fixture.home, 'refresh');
		// Failing since this refresh: the error says enough.
		expect(first.stdout).toMatch(/^ {2}✗ Gone Gazette — [^\n(]*500[^\n(]*$/mu);
		// Twice a day for a month, as a cron job runs it: the line says since when.
		vi.useFakeTimers({toFake: ['Date']});
		vi.setSystemTime(Date.now() + (33 * 24 + 1) * 60 * 60_000);
		const later = await cli(fixture.home, 'refresh');
		expect(later.code).toBe(0);
		const tail = later.stdout.split('\n').slice(later.stdout.split('\n').findIndex(line => line.startsWith('Refreshed ')));
		expect(tail).toContainEqual(expect.stringMatching(/^ {2}✗ Gone Gazette — .*500.* \(failing for 33d\)$/u));
		const german = await cliWith({LANG: 'de_DE.UTF-8'}, '--home', fixture.home, 'refresh');
		expect(german.stdout).toMatch(/^ {2}✗ Gone Gazette — .*500.* \(fehlerhaft seit 33 T\.\)$/mu);
	});

	it('exits 1 when every feed failed, and refuses --offline', async () => {
		writeConfig([{url: fixture.server.url('/status/404'), title: 'Gone'}, {url: 'http://127.0.0.1:9/', title: 'Nobody fixture.home'}]);
		const result = await cli(fixture.home, 'refresh');
		expect(result.code).toBe(1);
		// Two feeds, two failures: each as it finished, and again after the summary.
		expect(result.stdout.split('\n').filter(line => line.startsWith('  ✗ '))).toHaveLength(4);
		expect(result.stderr).toContain('every feed failed');
		const offline = await cli(fixture.home, 'refresh', '--offline');
		expect(offline.code).toBe(2);
		expect(offline.stderr).toContain('--offline');
	});

	it('names the file of a schema-invalid config and does not refresh', async () => {
		const file = path.join(fixture.home, 'config.json');
		writeFileSync(file, JSON.stringify({feeds: [{url: fixture.server.url('/ok/tagesschau-2021-02-18.rss'), tags: 'news'}]}));
		const before = readFileSync(file);
		const requestsBefore = fixture.server.requests.length;
		const result = await cli(fixture.home, 'refresh');
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`config file ${file} does not match the expected format`);
		expect(result.stderr).toContain('feeds/0/tags');
		expect(readFileSync(file).equals(before)).toBe(true);
		expect(fixture.server.requests.length).toBe(requestsBefore);
	});
});
