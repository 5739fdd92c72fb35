// End to end: the built app in tmux lists one feed's stored articles from the real store (Enter in the feed manager).

import {execFile} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {hasTmux, startTmux, type TmuxSession} from '../helpers/tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'cli.js');

describe.skipIf(!hasTmux())('a feed\'s articles', () => {
	let session: TmuxSession | undefined;
	let server: FeedServer | undefined;
	let home = '';

	beforeAll(() => {
		if (!existsSync(cli)) throw new Error('dist/cli.js is missing: npm test builds it first (pretest)');
	});

	afterEach(async () => {
		session?.kill();
		await server?.close();
		if (home) rmSync(home, {recursive: true, force: true});
	});

	it('Enter on the first feed lists its articles unread, Enter reads one, Esc shows it read', async () => {
		home = mkdtempSync(path.join(tmpdir(), 'lagebild-e2e-feed-'));
		// One real feed on a loopback server, fetched once by the command line; the app then reads the store offline.
		server = await startFeedServer();
		const url = server.url('/ok/tagesschau-2021-02-18.rss');
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url, title: 'Tagesschau', tags: [], enabled: true}], settings: {retentionDays: 0}}));
		// Not execFileSync: the server answers from this process.
		await promisify(execFile)('node', [cli, 'refresh', '--home', home]);
		const app = ['node', cli, '--offline', '--home', home];
		session = startTmux(['sh', '-c', '"$@"; echo "[lagebild exited $?]"; sleep 60', 'sh', ...app], {
			cwd: root,
			width: 120,
			height: 40,
			env: {LANG: 'en_US.UTF-8', TERM: 'xterm-256color'},
		});
		await session.waitFor(screen => /Stories — /.test(screen) && !/Loading|Analysing|Grouping|Summarising/.test(screen), 60_000);
		session.send('f');
		await session.waitFor(/Feeds[\s\S]*Status/);
		session.send('Enter');
		const list = await session.waitFor(/Briefing › Feeds › Feed[\s\S]*\((\d+), \1•\)/, 10_000);
		const [, total] = /\((\d+), \1•\)/.exec(list)!;
		expect(Number(total)).toBeGreaterThan(0);
		expect(list).toMatch(/^▸•/m);
		session.send('Enter');
		await session.waitFor('Briefing › Feeds › Feed › Article');
		session.send('Escape');
		const after = await session.waitFor(`(${total}, ${Number(total) - 1}•)`);
		expect(after).toMatch(/^▸ {2}/m);
		session.send('q');
		await session.waitFor('[lagebild exited 0]');
	}, 120_000);
});
