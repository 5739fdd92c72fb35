// A worker started through inOwnThreadCompiling optimizes in its own thread; the starting thread keeps compiling concurrently.

import v8 from 'node:v8';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {concurrentRecompilationOff, inOwnThreadCompiling} from '../../source/briefing/own-thread-compiling.js';

// %IsConcurrentRecompilationSupported() answers whether this isolate was set up to optimize on V8's compiler threads.
v8.setFlagsFromString('--allow-natives-syntax');
const concurrentHere = new Function('return %IsConcurrentRecompilationSupported()') as () => boolean;
const workerCode = `
const v8 = require('node:v8');
v8.setFlagsFromString('--allow-natives-syntax');
require('node:worker_threads').parentPort.postMessage(new Function('return %IsConcurrentRecompilationSupported()')());
`;

function answer(worker: Worker): Promise<unknown> {
	return new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
}

describe('inOwnThreadCompiling', () => {
	it('starts a worker whose isolate compiles in its own thread, and leaves this one and later workers concurrent', async () => {
		expect(concurrentHere()).toBe(true);
		const own = inOwnThreadCompiling(() => new Worker(workerCode, {eval: true}));
		try {
			expect(await answer(own)).toBe(false);
		} finally {
			await own.terminate();
		}
		expect(concurrentHere()).toBe(true);
		// The flag is set back once the worker ran: a worker started plainly afterwards compiles concurrently.
		const plain = new Worker(workerCode, {eval: true});
		try {
			expect(await answer(plain)).toBe(true);
		} finally {
			await plain.terminate();
		}
	});

	it('leaves the flag off when the process was started with it off (review V17 #10)', async () => {
		// As under `node --no-concurrent-recompilation`: this isolate's later workers must stay in their own threads.
		v8.setFlagsFromString('--no-concurrent-recompilation');
		try {
			const own = inOwnThreadCompiling(() => new Worker(workerCode, {eval: true}), ['--max-old-space-size=512', '--no-concurrent-recompilation']);
			try {
				expect(await answer(own)).toBe(false);
			} finally {
				await own.terminate();
			}
			const plain = new Worker(workerCode, {eval: true});
			try {
				expect(await answer(plain)).toBe(false);
			} finally {
				await plain.terminate();
			}
		} finally {
			v8.setFlagsFromString('--concurrent-recompilation');
		}
	});

	it('reads the flag as V8 does: the last one naming it wins, with dashes or underscores', () => {
		expect(concurrentRecompilationOff([])).toBe(false);
		expect(concurrentRecompilationOff(['', '--no-concurrent-recompilation'])).toBe(true);
		expect(concurrentRecompilationOff(['--noconcurrent_recompilation'])).toBe(true);
		expect(concurrentRecompilationOff(['--concurrent-recompilation=false'])).toBe(true);
		expect(concurrentRecompilationOff(['--no-concurrent-recompilation', '--concurrent_recompilation'])).toBe(false);
		expect(concurrentRecompilationOff(['--no-concurrent-sparkplug', '--concurrent-recompilation-queue-length=8'])).toBe(false);
	});

	it('sets the flag back when the worker cannot be started', async () => {
		expect(() =>
			inOwnThreadCompiling(() => {
				throw new Error('no worker');
			}),
		).toThrow('no worker');
		const plain = new Worker(workerCode, {eval: true});
		try {
			expect(await answer(plain)).toBe(true);
		} finally {
			await plain.terminate();
		}
	});
});
