// End to end (seventh walk): a list of one's own, first start with --offline — the bundled snapshots fill only the
// default list's store (4a29b7e), so the app opens on an empty store; it says why and what to do, in the real terminal
// at 120 and 60 columns, and R says it was started with --offline.

import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {builtCli, e2eFixture, repoRoot, startApp} from '../helpers/e2e-app.js';
import {hasTmux, startTmux} from '../helpers/tmux.js';

/** The screen's text with its rows joined, so a wrapped sentence reads as one. */
const flat = (screen: string) => screen.replaceAll(/[ │]*\n[ │]*/gu, ' ').replaceAll(/ {2,}/gu, ' ');

describe.skipIf(!hasTmux())('a list of one\'s own, first start offline', () => {
	const fixture = e2eFixture('lagebild-e2e-empty-own-');

	it('the empty briefing says that --offline fetches nothing and how to fetch the feeds', async () => {
		const home = fixture.newHome();
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [
			{url: 'http://127.0.0.1:9/a.xml', title: 'Eins', tags: [], enabled: true},
			{url: 'http://127.0.0.1:9/b.xml', title: 'Zwei', tags: [], enabled: true},
		]}));
		const session = fixture.keep(startApp(['--home', home, '--offline'], {LANG: 'de_DE.UTF-8'}));
		// "deine Feeds" until the feed list is read, then how many.
		const note = 'Noch keine Artikel gespeichert, und mit --offline wird nichts geladen. Starte lagebild ohne --offline (oder lagebild refresh), um deine 2 Feeds zu laden; f zeigt sie.';
		// Both waited for: the note and the topics pane's line are drawn by different rows of a frame.
		const screen = flat(await session.waitFor(shown => flat(shown).includes(note) && shown.includes('Noch keine Themen.'), 60_000));
		expect(screen).toContain('Noch keine Themen.');
		session.send('R');
		await session.waitFor('Nichts geladen: mit --offline gestartet', 15_000);
		session.send('q');
		await session.waitFor('[lagebild exited 0]', 15_000);
	}, 120_000);

	it('at 60 columns the one pane holds the whole note', async () => {
		const home = fixture.newHome();
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: 'http://127.0.0.1:9/a.xml', title: 'Eins', tags: [], enabled: true}]}));
		const session = fixture.keep(startTmux(['node', builtCli, '--home', home, '--offline'], {cwd: repoRoot, width: 60, height: 20, env: {LANG: 'en_US.UTF-8', TERM: 'xterm-256color'}}));
		const note = 'No articles are stored yet, and with --offline nothing is fetched. Start lagebild without --offline (or run lagebild refresh) to fetch your feed; f lists them.';
		await session.waitFor(shown => flat(shown).includes(note), 60_000);
	}, 120_000);
});
