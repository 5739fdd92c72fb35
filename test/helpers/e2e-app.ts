// What the end-to-end tests of the built app share: the built CLI, a fresh home per test, and the app in tmux behind a shell.

import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeAll} from 'vitest';
import {startTmux, type TmuxSession} from './tmux.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const builtCli = path.join(repoRoot, 'dist', 'cli.js');

/**
 * `node dist/cli.js ARGS` in a 120×40 tmux pane. A shell stays behind the app, so the terminal it leaves can be read
 * (tmux forgets a dead pane's screen) and "[lagebild exited N]" says how it ended. `env` adds to LANG and TERM.
 */
export function startApp(args: readonly string[], env: Record<string, string> = {}): TmuxSession {
	return startTmux(['sh', '-c', '"$@"; echo "[lagebild exited $?]"; sleep 60', 'sh', 'node', builtCli, ...args], {
		cwd: repoRoot,
		width: 120,
		height: 40,
		env: {LANG: 'en_US.UTF-8', TERM: 'xterm-256color', ...env},
	});
}

/**
 * Registers the hooks of an e2e suite: it fails at once when dist/cli.js was not built, and after each test kills
 * the session it was given and removes the home it made.
 */
export function e2eFixture(prefix: string): {newHome(): string; keep(session: TmuxSession): TmuxSession} {
	let session: TmuxSession | undefined;
	let home = '';
	beforeAll(() => {
		if (!existsSync(builtCli)) throw new Error('dist/cli.js is missing: npm test builds it first (pretest)');
	});
	afterEach(async () => {
		session?.kill();
		session = undefined;
		// A killed app still writes on its way out (the position on SIGHUP, the store's WAL, a briefing worker finishing
		// its cache): try again until it has gone, for up to 20 s, without blocking the hook's own timeout.
		for (const deadline = Date.now() + 20_000; home; ) {
			try {
				rmSync(home, {recursive: true, force: true});
				home = '';
			} catch (error) {
				if (Date.now() > deadline) throw error;
				await new Promise(resolve => setTimeout(resolve, 200));
			}
		}
	}, 30_000);
	return {
		newHome() {
			home = mkdtempSync(path.join(tmpdir(), prefix));
			return home;
		},
		keep(started) {
			session = started;
			return started;
		},
	};
}
