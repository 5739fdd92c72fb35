// End to end: closing the terminal under the app (SIGHUP, then EIO on the dead terminal) ends it quietly — no stack
// trace, no Node assertion ("ResetStdio … Assertion failed", a core-dump style abort) — with the store consistent.

import {execFileSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {setTimeout as delay} from 'node:timers/promises';
import {describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {builtCli, e2eFixture, repoRoot} from '../helpers/e2e-app.js';
import {hasTmux, startTmux} from '../helpers/tmux.js';

function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

describe.skipIf(!hasTmux())('the terminal closed under the app', () => {
	const fixture = e2eFixture('lagebild-e2e-hangup-');

	it('exits without a word on stderr; the store opens and checks fine; the position is kept', async () => {
		const home = fixture.newHome();
		const errors = path.join(home, 'stderr.txt');
		// No shell stays behind: when tmux goes, the app's terminal is gone, as when a window is closed.
		const session = fixture.keep(startTmux(['sh', '-c', `exec node '${builtCli}' --offline --home '${home}' 2>'${errors}'`], {
			cwd: repoRoot,
			env: {LANG: 'en_US.UTF-8', TERM: 'xterm-256color'},
		}));
		await session.waitFor(screen => /Topics[\s\S]*Stories — /.test(screen) && /│[▸ ][+•]/.test(screen), 60_000);
		session.send(['j', 'j']);
		await delay(500);
		const pid = Number(session.tmux(['list-panes', '-t', session.name, '-F', '#{pane_pid}']).trim());
		expect(alive(pid)).toBe(true);
		session.kill();
		for (const deadline = Date.now() + 20_000; alive(pid) && Date.now() < deadline;) await delay(100);
		expect(alive(pid)).toBe(false);
		expect(readFileSync(errors, 'utf8')).toBe('');
		expect(existsSync(path.join(home, 'position.json'))).toBe(true);
		const store = new ArticleStore(path.join(home, 'lagebild.db'), {readOnly: true});
		try {
			expect(store.count()).toBeGreaterThan(0);
		} finally {
			store.close();
		}

		expect(execFileSync('sqlite3', [path.join(home, 'lagebild.db'), 'PRAGMA integrity_check'], {encoding: 'utf8'}).trim()).toBe('ok');
	}, 120_000);
});
