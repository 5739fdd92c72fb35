// Drives a real program in a real terminal (tmux): start, type, read the screen.

import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {setTimeout as sleep} from 'node:timers/promises';

export function hasTmux(): boolean {
	try {
		execFileSync('tmux', ['-V'], {stdio: 'ignore'});
		return true;
	} catch {
		return false;
	}
}

export interface TmuxSession {
	name: string;
	/** Runs a tmux command against this session's own server and returns what it printed. */
	tmux(args: string[]): string;
	/** Sends tmux key names ("Down", "Enter", "Escape", "q", "C-c") or literal text with {literal: true}. */
	send(keys: string[] | string, options?: {literal?: boolean}): void;
	/** The visible screen as plain text. */
	capture(): string;
	/**
	 * Polls the screen until predicate holds on a settled screen (the same capture twice, settleMs apart); throws with
	 * the last screen when it never does. Ink writes a frame in pieces and tmux can be captured between them: a capture
	 * that shows what the predicate looks for may still lack the rest of its frame (the status row under the lists).
	 */
	waitFor(predicate: string | RegExp | ((screen: string) => boolean), timeoutMs?: number): Promise<string>;
	/** True while the program in the pane still runs. */
	isAlive(): boolean;
	/** Terminal modes the program left behind: alternate screen on, cursor shown. */
	modes(): {alternateScreen: boolean; cursorVisible: boolean};
	kill(): void;
}

let counter = 0;
/** How long a screen must stay the same to count as one whole frame (see waitFor). */
const settleMs = 50;

export function startTmux(command: string[], options: {cwd: string; env?: Record<string, string>; width?: number; height?: number}): TmuxSession {
	const name = `lagebild-e2e-${process.pid}-${++counter}`;
	const width = options.width ?? 120;
	const height = options.height ?? 40;
	const envArgs = Object.entries(options.env ?? {}).flatMap(([key, value]) => ['-e', `${key}=${value}`]);
	// One server (socket) per session: on a shared server, a test whose last session ended shuts the server down while
	// a parallel test's new-session connects to it, which fails with "server exited unexpectedly".
	const tmux = (args: string[]): string => execFileSync('tmux', ['-L', name, ...args], {encoding: 'utf8'});
	// remain-on-exit keeps the pane after the program quits, so the test can read what it left behind.
	tmux(['new-session', '-d', '-s', name, '-x', String(width), '-y', String(height), '-c', options.cwd, ...envArgs, ...command]);
	tmux(['set-option', '-t', name, 'remain-on-exit', 'on']);
	// A killed server leaves its socket file behind; kill() removes it.
	const socketPath = tmux(['display-message', '-p', '-t', name, '#{socket_path}']).trim();

	const session: TmuxSession = {
		name,
		tmux,
		send(keys, sendOptions) {
			const list = Array.isArray(keys) ? keys : [keys];
			tmux(['send-keys', '-t', name, ...(sendOptions?.literal ? ['-l'] : []), ...list]);
		},
		capture() {
			return tmux(['capture-pane', '-p', '-t', name]);
		},
		async waitFor(predicate, timeoutMs = 15_000) {
			const test = typeof predicate === 'function'
				? predicate
				: (screen: string) => (typeof predicate === 'string' ? screen.includes(predicate) : predicate.test(screen));
			const deadline = Date.now() + timeoutMs;
			let screen = '';
			// The last capture the predicate held on: returned once the next one, settleMs later, is the same.
			let held: string | undefined;
			while (Date.now() < deadline) {
				screen = session.capture();
				if (test(screen)) {
					if (screen === held) return screen;
					held = screen;
					await sleep(settleMs);
					continue;
				}

				held = undefined;
				await sleep(100);
			}
			throw new Error(`timed out waiting for ${String(predicate)}; screen was:\n${screen}`);
		},
		isAlive() {
			const dead = tmux(['display-message', '-p', '-t', name, '#{pane_dead}']).trim();
			return dead !== '1';
		},
		modes() {
			const [alternate, cursor] = tmux(['display-message', '-p', '-t', name, '#{alternate_on} #{cursor_flag}']).trim().split(' ');
			return {alternateScreen: alternate === '1', cursorVisible: cursor === '1'};
		},
		kill() {
			try {
				execFileSync('tmux', ['-L', name, 'kill-server'], {stdio: 'ignore'});
			} catch {
				// Already gone.
			}

			rmSync(socketPath, {force: true});
		},
	};
	return session;
}

/**
 * Presses `key` until the focused selection (rows marked ▸) holds `text`; one key per visible move. With j, a move
 * that never shows (the end of the list) sends g and goes on from the top.
 */
export async function moveTo(session: TmuxSession, marker: string, text: string, key = 'j', limit = 60): Promise<void> {
	// All marked rows: a selected quote spans several, and two quotes by one speaker share their first row.
	const selected = (screen: string) => screen.split('\n').filter(row => row.includes(marker)).join('\n');
	const deadline = Date.now() + 90_000;
	for (let step = 0; step < limit && Date.now() < deadline; step++) {
		const before = selected(session.capture());
		if (before.includes(text)) {
			// Settled: nothing still moving (a slow machine may draw a key late), and still on the target.
			await sleep(400);
			if (selected(session.capture()) === before) return;
			continue;
		}

		session.send(key);
		// One key per visible move: wait until the selection shows it before the next key.
		const moved = await session.waitFor(screen => selected(screen) !== before, 15_000).then(() => true, () => false);
		// At the list's end with the target above: a list replaced under the cursor (the snapshot's briefing, then
		// the computed one) can keep the selection below it. Start again from the top.
		if (!moved && key === 'j') {
			session.send('g');
			await session.waitFor(screen => selected(screen) !== before, 5000).catch(() => undefined);
		}
	}

	throw new Error(`never reached "${text}" with ${key}; screen:\n${session.capture()}`);
}
