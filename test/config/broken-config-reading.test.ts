// A config.json broken by a hand edit: brief and search still read the stored news with the defaults (one warning,
// the file untouched); commands that write, and feeds list / export, stop with the path and the place.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {cli} from '../cli/run-cli.js';

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-broken-'));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

describe('a broken config.json', () => {
	it.each([
		['a trailing comma', '{\n\t"feeds": [],\n\t"settings": {"retentionDays": 0,},\n\t"topics": []\n}\n', /not valid JSON \(unexpected "\}" after a comma — JSON allows no comma after the last entry at line 3, column \d+\)/u],
		['a wrong type', '{\n\t"settings": {"retentionDays": "30"}\n}\n', /`settings\/retentionDays` must be number/u],
	])('%s: brief and search read with the defaults and say so; refresh and feeds list stop; the file is unchanged', async (_what, text, problem) => {
		const file = path.join(home, 'config.json');
		writeFileSync(file, text);
		const brief = await cli(home, '--offline', 'brief');
		expect(brief.code).toBe(0);
		expect(brief.stdout).toMatch(/^Briefing /u);
		expect(brief.stderr).toMatch(problem);
		expect(brief.stderr).toContain('Reading with the default settings and topics until it is fixed (the file is left as it is).');
		const search = await cli(home, '--offline', 'search', 'Ukraine');
		expect(search.stderr).toMatch(problem);
		expect(search.stdout).not.toBe('');

		const refresh = await cli(home, 'refresh');
		expect(refresh.code).toBe(1);
		expect(refresh.stderr).toMatch(problem);
		expect(refresh.stderr).toContain('The app (lagebild), lagebild brief and lagebild search still read the stored articles meanwhile.');
		const list = await cli(home, 'feeds', 'list');
		expect(list.code).toBe(1);
		expect(list.stdout).toBe('');
		expect(readFileSync(file, 'utf8')).toBe(text);
	});
});
