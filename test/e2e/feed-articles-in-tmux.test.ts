// End to end: the built app in tmux lists one feed's stored articles from the real store (Enter in the feed manager).

import {execFile} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {promisify} from 'node:util';
import {afterEach, describe, expect, it} from 'vitest';
import {builtCli as cli, e2eFixture, startApp} from '../helpers/e2e-app.js';
import {startFeedServer, type FeedServer} from '../helpers/feed-server.js';
import {hasTmux} from '../helpers/tmux.js';

describe.skipIf(!hasTmux())('a feed\'s articles', () => {
	const fixture = e2eFixture('lagebild-e2e-feed-');
	let server: FeedServer | undefined;

	afterEach(async () => {
		await server?.close();
	});

	it('Enter on the first feed lists its articles unread, Enter reads one, Esc shows it read', async () => {
		const home = fixture.newHome();
		// One real feed on a loopback server, fetched once by the command line; the app then reads the store offline.
		server = await startFeedServer();
		const url = server.url('/ok/tagesschau-2021-02-18.rss');
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url, title: 'Tagesschau', tags: [], enabled: true}], settings: {retentionDays: 0}}));
		// Not execFileSync: the server answers from this process.
		await promisify(execFile)('node', [cli, 'refresh', '--home', home]);
		const session = fixture.keep(startApp(['--offline', '--home', home]));
		await session.waitFor(screen => /Stories — /.test(screen) && !/Loading|Analysing|Grouping|Summarising/.test(screen), 60_000);
		session.send('f');
		await session.waitFor(/Feeds[\s\S]*Status/);
		session.send('Enter');
		// The header's counts and the selected row are different rows of a frame: both waited for.
		const list = await session.waitFor(screen => /Briefing › Feeds › Feed[\s\S]*\((\d+), \1•\)/.test(screen) && /^▸•/m.test(screen), 10_000);
		const [, total] = /\((\d+), \1•\)/.exec(list)!;
		expect(Number(total)).toBeGreaterThan(0);
		expect(list).toMatch(/^▸•/m);
		session.send('Enter');
		await session.waitFor('Briefing › Feeds › Feed › Article');
		session.send('Escape');
		const after = await session.waitFor(screen => screen.includes(`(${total}, ${Number(total) - 1}•)`) && /^▸ {2}/m.test(screen));
		expect(after).toMatch(/^▸ {2}/m);
		session.send('q');
		await session.waitFor('[lagebild exited 0]');
	}, 120_000);
});
