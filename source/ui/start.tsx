// Starts the interactive app full screen and guarantees the terminal is restored however it ends.

import {render} from 'ink';
import {App} from './App.js';
import {writeBenchMark} from '../bench-mark.js';
import {firstFrameDrawn} from '../launch/first-frame.js';
import {keepInkOutputCaches} from './ink-output-cache.js';
import {signalExitCode} from '../terminal/signal-exit-code.js';
import {closeStandardDescriptors, isTerminalGone, silence} from '../terminal/terminal-gone.js';
import type {UiLanguage} from '../i18n/index.js';
import type {AppServices} from '../services/app-services.js';
import type {PositionKeeper} from './state/position.js';
import type {StartBriefing} from './state/start-state.js';

export interface StartOptions {
	stdout?: NodeJS.WriteStream;
	stdin?: NodeJS.ReadStream;
	stderr?: NodeJS.WriteStream;
	language?: UiLanguage;
	env?: Record<string, string | undefined>;
	/** Refresh all feeds in the background after the first briefing is drawn. */
	refreshOnStart?: boolean;
	/** The last session's position to start on, and where to save this one's on quit. */
	positionKeeper?: PositionKeeper;
}

const enterAlternateScreen = '\u001B[?1049h\u001B[H\u001B[2J\u001B[?25l';
const leaveAlternateScreen = '\u001B[?1049l\u001B[?25h';

/**
 * Appends the benchmark marker `first-frame <ms since process start> cpu <ms of CPU, all threads>` when
 * LAGEBILD_BENCH_MARK names a file (the CPU time is what a busy machine disturbs least).
 */
export function writeFirstFrameMark(env: Record<string, string | undefined>): void {
	if (!env.LAGEBILD_BENCH_MARK) return;
	const {user, system} = process.cpuUsage();
	writeBenchMark('first-frame', env, `cpu ${Math.round((user + system) / 1000)}`);
}

/** The stored briefing, the starred list and the unread totals, as the app's start reads them (unread stories only when the last session kept to them). */
async function readStartBriefing(services: AppServices, unreadOnly: boolean): Promise<StartBriefing | undefined> {
	try {
		const cached = await services.cachedBriefing({unreadOnly});
		if (!cached) return undefined;
		const [starred, readCounts] = await Promise.all([services.listStarred(), services.readCounts()]);
		return {...cached, starred, readCounts};
	} catch {
		return undefined;
	}
}

/** Renders the app in the alternate screen until the user quits; resolves when the terminal is restored. */
export async function startApp(services: AppServices, options: StartOptions = {}): Promise<void> {
	const stdout = options.stdout ?? process.stdout;
	const stdin = options.stdin ?? process.stdin;
	const env = options.env ?? process.env;
	let restored = false;
	const restore = () => {
		if (!restored) {
			restored = true;
			stdout.write(leaveAlternateScreen);
		}
	};

	const inkCachesKept = await keepInkOutputCaches();
	// The stored briefing before the first render: the first frame is the briefing, not an empty frame before it
	// (each Ink frame of the whole screen costs CPU at start). Anything that fails here, the app tries again and says.
	const startBriefing = await readStartBriefing(services, options.positionKeeper?.initial?.unreadOnly === true);
	stdout.write(enterAlternateScreen);
	const instance = render(
		<App
			services={services}
			language={options.language}
			env={env}
			refreshOnStart={options.refreshOnStart ?? false}
			positionKeeper={options.positionKeeper}
			warmInkRows={inkCachesKept}
			startBriefing={startBriefing}
			onFirstBriefing={() => {
				// Let Ink flush the frame first; the mark is "first full briefing frame rendered".
				setImmediate(() => {
					writeFirstFrameMark(env);
					firstFrameDrawn();
				});
			}}
		/>,
		{
			stdout,
			stdin,
			stderr: options.stderr ?? process.stderr,
			exitOnCtrlC: false,
			patchConsole: false,
			// Ink 6.8's incremental renderer moves the cursor up one row too few when the frame ends in a newline (every
			// frame shorter than the terminal, which ours must be), so each redraw lands one row lower and leaves the old
			// top row behind: seen in tmux. The standard renderer rewrites the frame inside a synchronized update instead.
			incrementalRendering: false,
			maxFps: 60,
		},
	);

	// The terminal was closed under the app: the position is saved as the app unmounts (App.tsx), the store is left
	// between transactions (SQLite), and the process ends without a word, where nobody could read one.
	let hungUp = false;
	const onHangUp = () => {
		if (hungUp) return;
		hungUp = true;
		restored = true;
		silence([stdout, process.stderr]);
		try {
			instance.unmount();
		} catch {
			// Ink's own goodbye (raw mode off, cursor shown) fails on a dead terminal; there is nobody to restore it for.
		}

		closeStandardDescriptors();
		process.exit(signalExitCode('SIGHUP'));
	};

	// A shell reports a death by signal as 128 + its number: Ctrl+C before raw mode is on (SIGINT) exited 143 like a kill.
	const onSignal = (signal: NodeJS.Signals) => {
		if (signal === 'SIGHUP') {
			onHangUp();
			return;
		}

		instance.unmount();
		restore();
		process.exit(signalExitCode(signal));
	};

	const onCrash = (error: unknown) => {
		if (hungUp || isTerminalGone(error)) {
			onHangUp();
			return;
		}

		try {
			instance.unmount();
		} finally {
			restore();
			process.stderr.write(`lagebild: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
			process.exit(1);
		}
	};

	// Added for the app's run and removed after it, all of them.
	const listeners: Array<[NodeJS.EventEmitter, string, Parameters<NodeJS.EventEmitter['on']>[1]]> = [
		// In raw mode Ctrl+C is a key; SIGINT only arrives from outside (kill -INT) or before raw mode is on.
		[process, 'SIGINT', onSignal],
		[process, 'SIGTERM', onSignal],
		[process, 'SIGHUP', onSignal],
		[process, 'uncaughtException', onCrash],
		[process, 'unhandledRejection', onCrash],
		[process, 'exit', restore],
		// Reading a closed terminal fails with EIO, writing to it with EIO or EPIPE: either may come before the SIGHUP
		// (onCrash tells those apart from real faults).
		[stdin, 'error', onCrash],
		[stdout, 'error', onCrash],
	];
	for (const [target, event, listener] of listeners) target.on(event, listener);
	try {
		await instance.waitUntilExit();
	} finally {
		instance.unmount();
		restore();
		for (const [target, event, listener] of listeners) target.off(event, listener);
	}
}
