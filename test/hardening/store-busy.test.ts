// A command that meets the article store locked by another program (past the store's retries) says so in words, not as an unexpected error.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test, vi} from 'vitest';
import {cli, cliWith} from '../cli/run-cli.js';

// What better-sqlite3 throws once the store's busy retries are spent (seen: `lagebild refresh` beside an sqlite3 shell
// holding BEGIN IMMEDIATE, after 37 s: "lagebild: unexpected error: database is locked"). Waiting that out for real
// costs the suite half a minute; the error is the same object.
vi.mock('../../source/commands/topics.js', () => ({
	run: async () => {
		throw Object.assign(new Error('database is locked'), {code: 'SQLITE_BUSY'});
	},
}));

// Opening the store under the lock (its migrations and WAL setup write): seen on 773f625 after 34 s, "cannot open the
// article store …: database is locked. … move it away to start with an empty cache" — advice that loses the marks.
vi.mock('../../source/store/article-store.js', () => ({
	ArticleStore: class {
		constructor() {
			throw Object.assign(new Error('database is locked'), {code: 'SQLITE_BUSY'});
		}
	},
}));

const home = mkdtempSync(path.join(tmpdir(), 'lagebild-busy-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

describe('the store locked by another program', () => {
	test('at opening: the lock is named, and nobody is told to move the store away', async () => {
		const {code, stderr} = await cli(home, 'brief');
		expect(code).toBe(1);
		expect(stderr).toMatch(/locked by another program.*try again/);
		expect(stderr).not.toMatch(/move it away|unexpected error/);
	});

	test('is one line naming the lock, in the user\'s language, exit 1', async () => {
		for (const [lang, words] of [['en_US.UTF-8', /locked by another program.*try again/], ['de_DE.UTF-8', /von einem anderen Programm gesperrt.*noch einmal versuchen/]] as const) {
			const {code, stdout, stderr} = await cliWith({LANG: lang}, 'topics', 'list');
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(stderr).toMatch(words);
			expect(stderr).not.toMatch(/unexpected error/);
			expect(stderr.trim().split('\n')).toHaveLength(1);
		}
	});
});
