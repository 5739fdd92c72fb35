// A command that meets the article store locked by another program (past the store's retries) says so in words, not as an unexpected error.

import {describe, expect, test, vi} from 'vitest';
import {cliWith} from '../cli/run-cli.js';

// What better-sqlite3 throws once the store's busy retries are spent (seen: `lagebild refresh` beside an sqlite3 shell
// holding BEGIN IMMEDIATE, after 37 s: "lagebild: unexpected error: database is locked"). Waiting that out for real
// costs the suite half a minute; the error is the same object.
vi.mock('../../source/commands/topics.js', () => ({
	run: async () => {
		throw Object.assign(new Error('database is locked'), {code: 'SQLITE_BUSY'});
	},
}));

describe('the store locked by another program', () => {
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
