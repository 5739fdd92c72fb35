// Renders the app into fake streams of an explicit size (ink-testing-library's are fixed at 100 columns, no rows).

import {EventEmitter} from 'node:events';
import {render as inkRender, type Instance} from 'ink';
import type {ReactElement} from 'react';

class FakeStdout extends EventEmitter {
	readonly frames: string[] = [];
	isTTY = true;
	columns: number;
	rows: number;
	private last = '';

	constructor(columns: number, rows: number) {
		super();
		this.columns = columns;
		this.rows = rows;
	}

	write = (frame: string) => {
		this.frames.push(frame);
		this.last = frame;
		return true;
	};

	lastFrame = () => this.last;
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};

	read = () => {
		const {data} = this;
		this.data = null;
		return data;
	};

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export const keys = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	enter: '\r',
	esc: '\u001B',
	tab: '\t',
	shiftTab: '\u001B[Z',
	backspace: '\u007F',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	ctrlC: '\u0003',
	ctrlU: '\u0015',
	space: ' ',
};

export const delay = async (ms: number) => new Promise(resolve => {
	setTimeout(resolve, ms);
});

// eslint-disable-next-line no-control-regex
const ansi = /\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007]*\u0007/g;

export function stripAnsi(text: string): string {
	return text.replace(ansi, '');
}

export interface Rendered {
	instance: Instance;
	stdout: FakeStdout;
	stdin: FakeStdin;
	/** The last frame without colours. */
	frame: () => string;
	/** Sends keys one at a time, waiting for the app after each (longer after a lone Esc). */
	press: (...sequences: string[]) => Promise<void>;
	/** Sends text as one chunk, the way a paste (or a fast typist over ssh) arrives. */
	type: (text: string) => Promise<void>;
	/** Sends text one key at a time with no pause, so several keys can arrive before the app renders. */
	typeKeys: (text: string) => Promise<void>;
	resize: (columns: number, rows: number) => Promise<void>;
	/** Waits until the frame contains the text (or the timeout passes) and returns the frame. */
	waitFor: (text: string | RegExp, timeoutMs?: number) => Promise<string>;
	unmount: () => void;
}

export async function renderApp(tree: ReactElement, size: {columns: number; rows: number} = {columns: 100, rows: 30}): Promise<Rendered> {
	const stdout = new FakeStdout(size.columns, size.rows);
	const stdin = new FakeStdin();
	const instance = inkRender(tree, {
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
		stderr: new FakeStdout(size.columns, size.rows) as unknown as NodeJS.WriteStream,
		debug: true,
		exitOnCtrlC: false,
		patchConsole: false,
	});
	const frame = () => stripAnsi(stdout.lastFrame());
	// Waits until the app stops drawing (no new frame for a while), so a loaded machine cannot make tests flaky.
	const settle = async (minimum: number) => {
		await delay(minimum);
		const start = Date.now();
		let count = stdout.frames.length;
		while (Date.now() - start < 1000) {
			await delay(25);
			if (stdout.frames.length === count) {
				return;
			}

			count = stdout.frames.length;
		}
	};

	await settle(20);
	const press = async (...sequences: string[]) => {
		for (const sequence of sequences) {
			stdin.write(sequence);
			// A lone Esc is only reported after Ink's escape timeout.
			await settle(sequence === keys.esc ? 100 : 5);
		}
	};

	return {
		instance,
		stdout,
		stdin,
		frame,
		press,
		type: async (text: string) => {
			stdin.write(text);
			await settle(10);
		},
		typeKeys: async (text: string) => {
			for (const char of text) {
				stdin.write(char);
			}

			await settle(10);
		},
		resize: async (columns: number, rows: number) => {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
			await settle(10);
		},
		waitFor: async (text: string | RegExp, timeoutMs = 2000) => {
			const start = Date.now();
			for (;;) {
				const current = frame();
				if (typeof text === 'string' ? current.includes(text) : text.test(current)) {
					return current;
				}

				if (Date.now() - start > timeoutMs) {
					throw new Error(`timed out waiting for ${String(text)} in frame:\n${current}`);
				}

				await delay(10);
			}
		},
		unmount: () => {
			instance.unmount();
			instance.cleanup();
		},
	};
}
