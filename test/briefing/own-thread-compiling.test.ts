// A worker started through inOwnThreadCompiling optimizes in its own thread; the starting thread keeps compiling concurrently.

import v8 from 'node:v8';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';
import {inOwnThreadCompiling} from '../../source/briefing/own-thread-compiling.js';

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
