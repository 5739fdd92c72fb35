// End to end: what a session showed is no longer marked new (+) at the next start; unread (•) it stays.

import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll, describe, expect, it} from 'vitest';
import {hasTmux, startTmux, type TmuxSession} from '../helpers/tmux.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'dist', 'cli.js');

function start(home: string): TmuxSession {
	// The bundled snapshots fill the store at home (--offline: no network); the shell reports how the app ended.
	const app = ['node', cli, '--offline', '--home', home];
	return startTmux(['sh', '-c', '"$@"; echo "[lagebild exited $?]"; sleep 60', 'sh', ...app], {
		cwd: root,
		width: 120,
		height: 40,
		env: {LANG: 'en_US.UTF-8', TERM: 'xterm-256color'},
	});
}

/** The computed briefing (the stories pane shows rows, nothing is loading). */
async function briefing(session: TmuxSession): Promise<string> {
	return session.waitFor(screen => /Topics[\s\S]*Stories — /.test(screen) && /│[▸ ][+•]/.test(screen) && !/Loading|Analysing|Grouping|Summarising/.test(screen), 60_000);
}

describe.skipIf(!hasTmux())('new since you last looked', () => {
	let session: TmuxSession | undefined;
	let home = '';

	beforeAll(() => {
		if (!existsSync(cli)) throw new Error('dist/cli.js is missing: npm test builds it first (pretest)');
	});

	afterEach(() => {
		session?.kill();
		if (home) rmSync(home, {recursive: true, force: true});
	});

	it('the first start marks stories +, q, and the next start shows the same stories unread (•) but not new', async () => {
		home = mkdtempSync(path.join(tmpdir(), 'lagebild-e2e-seen-'));
		session = start(home);
		const first = await briefing(session);
		expect(first).toMatch(/│[▸ ]\+/);
		session.send('q');
		await session.waitFor('[lagebild exited 0]');
		session.kill();

		session = start(home);
		const second = await briefing(session);
		expect(second).not.toMatch(/│[▸ ]\+/);
		expect(second).toMatch(/│[▸ ]•/);
		session.send('q');
		await session.waitFor('[lagebild exited 0]');
	}, 150_000);
});
