// The refresh lock across processes: a live holder keeps a second refresh out; a killed one leaves no lock behind.

import {type ChildProcess, spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {ArticleStore} from '../../source/store/article-store.js';
import {processStartMs, RefreshBusyError} from '../../source/store/refresh-lock.js';
import {bundleForChild} from './source-bundle.js';

let holderScript = '';
let dir = '';

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-lock-'));
	// The child takes the lock through the same ArticleStore and holds it until it is killed.
	holderScript = await bundleForChild('lock-holder', `
import {ArticleStore} from './source/store/article-store.ts';
const store = new ArticleStore(process.argv[2]);
store.lockRefresh();
process.stdout.write('locked\\n');
setInterval(() => undefined, 1000);
`);
});

afterAll(() => {
	rmSync(dir, {recursive: true, force: true});
	rmSync(holderScript, {force: true});
});

async function startHolder(file: string): Promise<ChildProcess> {
	const child = spawn(process.execPath, [holderScript, file], {stdio: ['ignore', 'pipe', 'inherit']});
	await new Promise<void>((resolve, reject) => {
		child.stdout!.on('data', (chunk: Buffer) => {
			if (chunk.toString().includes('locked')) resolve();
		});
		child.on('exit', code => reject(new Error(`holder exited with ${code}`)));
	});
	return child;
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
	const exited = new Promise(resolve => child.once('exit', resolve));
	child.kill(signal);
	await exited;
}

describe('refresh lock', () => {
	it('is refused while another live process holds it, and free once that process is killed (SIGKILL: no clean-up ran)', async () => {
		const file = path.join(dir, 'killed.db');
		new ArticleStore(file).close();
		const holder = await startHolder(file);
		const store = new ArticleStore(file);
		try {
			let refused: unknown;
			try {
				store.lockRefresh();
			} catch (error) {
				refused = error;
			}
			expect(refused).toBeInstanceOf(RefreshBusyError);
			expect((refused as RefreshBusyError).pid).toBe(holder.pid);
			expect((refused as Error).message).toBe(`another lagebild is refreshing these feeds (pid ${holder.pid}); try again when it is done`);

			await kill(holder, 'SIGKILL');
			// The row is still there, naming a process that is gone: it counts for nothing.
			expect(store.db.prepare('SELECT pid FROM refresh_lock').pluck().get()).toBe(holder.pid);
			const release = store.lockRefresh();
			expect(store.db.prepare('SELECT pid FROM refresh_lock').pluck().get()).toBe(process.pid);
			release();
			expect(store.db.prepare('SELECT count(*) FROM refresh_lock').pluck().get()).toBe(0);
		} finally {
			store.close();
		}
	});

	it('released by this process, another process takes it', async () => {
		const file = path.join(dir, 'released.db');
		const store = new ArticleStore(file);
		try {
			const release = store.lockRefresh();
			release();
			const holder = await startHolder(file);
			expect(() => store.lockRefresh()).toThrow(RefreshBusyError);
			await kill(holder, 'SIGTERM');
			store.lockRefresh()();
		} finally {
			store.close();
		}
	});
});

describe('refresh lock left by a dead process whose pid was reused', () => {
	it('a live process that started after the lock was taken holds nothing: the lock is taken over', async () => {
		const file = path.join(dir, 'reused.db');
		const store = new ArticleStore(file);
		// Any program running now stands for the one that got the dead holder's pid.
		const other = spawn('sleep', ['30'], {stdio: 'ignore'});
		try {
			expect(processStartMs(other.pid!)).toBeGreaterThan(Date.now() - 60_000);
			const lockedAt = new Date(Date.now() - 3_600_000).toISOString();
			store.db.prepare('INSERT INTO refresh_lock (id, pid, started_at) VALUES (1, ?, ?)').run(other.pid, lockedAt);
			const release = store.lockRefresh();
			expect(store.db.prepare('SELECT pid FROM refresh_lock').pluck().get()).toBe(process.pid);
			release();

			// The same process named by a lock taken after it started is a live holder.
			store.db.prepare('INSERT INTO refresh_lock (id, pid, started_at) VALUES (1, ?, ?)').run(other.pid, new Date().toISOString());
			expect(() => store.lockRefresh()).toThrow(RefreshBusyError);
		} finally {
			await kill(other, 'SIGKILL');
			store.close();
		}
	});
});
