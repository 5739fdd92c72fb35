// Renders the real App with Ink (the start.tsx options) on fake TTY streams and times keypress → frame.

import {EventEmitter} from 'node:events';
import {performance} from 'node:perf_hooks';
import {setTimeout as sleep} from 'node:timers/promises';

class FakeStdout extends EventEmitter {
	isTTY = true;
	columns;
	rows;
	writes = 0;
	bytes = 0;
	lastWriteAt = 0;
	/** Recent writes; joined on demand (copying a 200 kB tail on every write cost ~1 ms per frame, counted as the app's). */
	#chunks = [];
	#chunkBytes = 0;
	#waiters = [];

	constructor(columns, rows) {
		super();
		this.columns = columns;
		this.rows = rows;
	}

	write(chunk, encoding, callback) {
		const text = String(chunk);
		this.writes++;
		this.bytes += text.length;
		this.lastWriteAt = performance.now();
		this.#chunks.push(text);
		this.#chunkBytes += text.length;
		while (this.#chunkBytes - this.#chunks[0].length > 200_000) this.#chunkBytes -= this.#chunks.shift().length;
		const waiters = this.#waiters;
		this.#waiters = [];
		for (const resolve of waiters) resolve(this.lastWriteAt);
		const done = typeof encoding === 'function' ? encoding : callback;
		if (typeof done === 'function') done();
		return true;
	}

	/** The most recent output (incremental frames only carry changed lines, so keep a tail of all of it). */
	get output() {
		return this.#chunks.join('').slice(-200_000);
	}

	/** Resolves with the time of the next write, or undefined after timeoutMs. */
	nextWrite(timeoutMs) {
		return new Promise((resolve) => {
			const timer = setTimeout(() => {
				this.#waiters = this.#waiters.filter((waiter) => waiter !== settle);
				resolve(undefined);
			}, timeoutMs);
			const settle = (at) => {
				clearTimeout(timer);
				resolve(at);
			};
			this.#waiters.push(settle);
		});
	}

	cursorTo() {
		return true;
	}

	moveCursor() {
		return true;
	}

	clearLine() {
		return true;
	}

	getColorDepth() {
		return 8;
	}

	hasColors() {
		return true;
	}
}

/** Like ink-testing-library's stdin: Ink 6 reads it through 'readable' + read(). */
class FakeStdin extends EventEmitter {
	isTTY = true;
	#queue = [];

	write(data) {
		this.#queue.push(data);
		this.emit('readable');
		this.emit('data', data);
	}

	read() {
		return this.#queue.shift() ?? null;
	}

	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

/**
 * Mounts `element` the way start.tsx does (standard renderer, 60 fps cap, no console patching)
 * and returns helpers to press keys and time how long until Ink writes the updated frame.
 */
export async function mountApp({ink, element, columns = 120, rows = 40}) {
	const stdout = new FakeStdout(columns, rows);
	const stdin = new FakeStdin();
	const renderTimes = [];
	const instance = ink.render(element, {
		stdout,
		stdin,
		stderr: stdout,
		debug: false,
		exitOnCtrlC: false,
		patchConsole: false,
		// As start.tsx: the standard renderer (Ink 6.8's incremental one misplaces rows in real terminals).
		incrementalRendering: false,
		maxFps: 60,
		onRender: ({renderTime}) => renderTimes.push(renderTime),
	});
	return {
		stdout,
		stdin,
		renderTimes,
		/** CPU of the last press: {keyMs, idleMs} (see press). */
		lastCpu: undefined,
		/**
		 * Presses a key and resolves with ms until the next frame write (undefined when the key
		 * changed nothing on screen). Waits `settleMs` first, so Ink's 60 fps throttle is idle, as
		 * it is for a person pressing keys.
		 */
		async press(key, {settleMs = 25, timeoutMs = 1000} = {}) {
			const idleCpu = process.cpuUsage();
			await sleep(settleMs);
			const frame = stdout.nextWrite(timeoutMs);
			const started = performance.now();
			const keyCpu = process.cpuUsage();
			stdin.write(key);
			const at = await frame;
			// CPU time of the process from the key to its frame, and in the quiet before the key (work left from the
			// previous key, such as warming the selected story).
			const used = process.cpuUsage(keyCpu);
			const idle = process.cpuUsage(idleCpu);
			this.lastCpu = {keyMs: (used.user + used.system) / 1000, idleMs: (idle.user + idle.system - used.user - used.system) / 1000};
			return at === undefined ? undefined : at - started;
		},
		/** Waits until `predicate(recent output)` holds or the time is up; returns whether it held. */
		async waitForScreen(predicate, timeoutMs = 20_000) {
			const deadline = performance.now() + timeoutMs;
			while (performance.now() < deadline) {
				if (predicate(stdout.output)) return true;
				await sleep(5);
			}
			return false;
		},
		unmount() {
			instance.unmount();
		},
	};
}
