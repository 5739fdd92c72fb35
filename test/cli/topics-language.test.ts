// `lagebild topics` in German (seventh walk): the list said "Your topics" with the stored English names while the app
// shows "Nahost", and `topics remove Nahost` answered 'no topic "Nahost"' — the name the reader sees was not taken.

import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliWith} from './run-cli.js';

async function topics(home: string, env: Record<string, string>, ...argv: string[]) {
	return cliWith(env, '--home', home, 'topics', ...argv);
}

const german = {LANG: 'de_DE.UTF-8'};

describe('lagebild topics in German', () => {
	it('lists the topics as the app names them and takes those names for remove, rename and edit', async () => {
		const home = await mkdtemp(path.join(tmpdir(), 'lagebild-topics-de-'));
		const listed = await topics(home, german, 'list');
		expect(listed.stdout).toMatch(/^Standardthemen \(16\):\n {2}Ukraine-Krieg \(Ukraine war\) — Ukraine, /u);
		expect(listed.stdout).toContain('\n  Nahost (Middle East) — ');
		expect(listed.stdout).toContain('\n  Sport — ');
		expect(listed.stdout).toContain('Geschichten, die zu keinem passen, stehen unter „Sonstiges“.');

		const removed = await topics(home, german, 'remove', 'Nahost');
		expect(removed).toMatchObject({code: 0, stdout: 'Thema „Nahost“ entfernt.\n'});
		expect((await topics(home, german, 'edit', 'ukraine-krieg', '--terms', 'Ukraine,Kyjiw')).stdout).toBe('Begriffe des Themas „ukraine-krieg“ geändert.\n');
		expect((await topics(home, german, 'rename', 'Kultur', 'Feuilleton')).stdout).toBe('Thema „Kultur“ in „Feuilleton“ umbenannt.\n');
		const after = await topics(home, {}, 'list');
		expect(after.stdout).toMatch(/^Your topics \(15\):\n {2}Ukraine war — Ukraine, Kyjiw\b/u);
		expect(after.stdout).not.toContain('Middle East');
		expect(after.stdout).toContain('\n  Feuilleton — ');
	});
});
