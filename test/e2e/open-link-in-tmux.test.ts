// End to end: `o` in the built app hands the article's link to the $BROWSER the user set, and to nothing else.

import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {browserScript} from '../helpers/browser-script.js';
import {e2eFixture, repoRoot as root, startApp} from '../helpers/e2e-app.js';
import {hasTmux} from '../helpers/tmux.js';

describe.skipIf(!hasTmux())('o in the built app', () => {
	const fixture = e2eFixture('lagebild-e2e-open-');

	it('starts $BROWSER with the selected report\'s URL as its one argument', async () => {
		const home = fixture.newHome();
		const {browser, lines} = browserScript(home);
		// No desktop: the system opener could not run here, whatever the machine has installed.
		const session = fixture.keep(startApp(['--source', path.join(root, 'feeds', 'snapshots'), '--home', home], {BROWSER: browser, DISPLAY: '', WAYLAND_DISPLAY: ''}));

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
		// "Opened" is said once $BROWSER has started, not once it has written: wait for its line.
		const opened = await lines();
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
