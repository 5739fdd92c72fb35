// End to end: `o` in the built app hands the article's link to the $BROWSER the user set, and to nothing else.

import {chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {hasTmux, startTmux, type TmuxSession} from '../helpers/tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'cli.js');

describe.skipIf(!hasTmux())('o in the built app', () => {
	let session: TmuxSession | undefined;
	let home = '';

	beforeAll(() => {
		if (!existsSync(cli)) throw new Error('dist/cli.js is missing: npm test builds it first (pretest)');
	});

	afterEach(() => {
		session?.kill();
		if (home) rmSync(home, {recursive: true, force: true});
	});

	it('starts $BROWSER with the selected report\'s URL as its one argument', async () => {
		home = mkdtempSync(path.join(tmpdir(), 'lagebild-e2e-open-'));
		const log = path.join(home, 'opened.log');
		const browser = path.join(home, 'browser.sh');
		writeFileSync(browser, `#!/bin/sh\nfor a in "$@"; do printf '%s\\n' "$a" >> '${log}'; done\n`);
		chmodSync(browser, 0o755);
		const app = ['node', cli, '--source', path.join(root, 'feeds', 'snapshots'), '--home', home];
		session = startTmux(['sh', '-c', '"$@"; echo "[lagebild exited $?]"; sleep 60', 'sh', ...app], {
			cwd: root,
			width: 120,
			height: 40,
			// No desktop: the system opener could not run here, whatever the machine has installed.
			env: {LANG: 'en_US.UTF-8', TERM: 'xterm-256color', BROWSER: browser, DISPLAY: '', WAYLAND_DISPLAY: ''},
		});

		await session.waitFor(screen => /Stories — .+\(\d+\)/.test(screen) && !/Loading/.test(screen), 30_000);
		session.send('Enter');
		await session.waitFor('Reports');
		// The story's first report is selected once the story opens on its reports (G: the last row, a report).
		session.send('G');
		await session.waitFor(/▸ +\d\d\.\d\d\.\d{4} /);
		session.send('o');
		// The frame that says it opened shows the row it opened: a briefing that arrives between G and o (the first
		// computation replacing the snapshot's) may have moved the selection since the frame before.
		const story = await session.waitFor(screen => screen.includes('Opened in browser') && /▸ +\d\d\.\d\d\.\d{4} /.test(screen), 10_000);
		const opened = readFileSync(log, 'utf8').trim().split('\n');
		expect(opened).toHaveLength(1);
		expect(opened[0]).toMatch(/^https?:\/\/\S+$/u);
		// It is the link of the selected report: its outlet is in the URL of the snapshots (outlet.news.invalid).
		const selected = story.split('\n').find(line => /▸ +\d\d\.\d\d\.\d{4} /.test(line))!;
		const outlet = /\d{4} {2}(.+?) {2}/u.exec(selected)![1]!;
		expect(opened[0]).toContain(outlet.toLowerCase().replaceAll(/[^a-z\d]+/gu, '-').replaceAll(/^-|-$/gu, ''));
		session.send('q');
		await session.waitFor('[lagebild exited 0]', 5000);
	}, 120_000);
});
