// Keys of config.json lagebild does not read: named on stderr with the key likely meant, the file left as it is.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {unknownConfigKeys} from '../../source/config/schema.js';
import {cli} from '../cli/run-cli.js';

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-unknown-'));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

const config = {
	feeds: [{url: 'https://example.org/feed', titel: 'Example', tags: [], enabled: true}],
	topics: [],
	settings: {retentionDay: 10, autoRefreshMinutes: 5},
	keymap: {},
	colour: 'blue',
};

describe('unknown keys in config.json', () => {
	it('lists each with its place and the key likely meant', () => {
		expect(unknownConfigKeys(config)).toEqual([
			'unknown key "colour"',
			'unknown key "settings.retentionDay" (did you mean "retentionDays"?)',
			'unknown key "feeds[0].titel" (did you mean "title"?)',
		]);
		expect(unknownConfigKeys({feeds: [], topics: [], settings: {retentionDays: 3}, keymap: {}})).toEqual([]);
	});

	it('every command says so on stderr and goes on; the file is not changed', async () => {
		const file = path.join(home, 'config.json');
		const text = `${JSON.stringify(config, null, '\t')}\n`;
		writeFileSync(file, text);
		for (const argv of [['feeds', 'list'], ['topics', 'list'], ['--offline', 'search', 'Ukraine']]) {
			const result = await cli(home, ...argv);
			expect(result.stderr, argv.join(' ')).toContain(`lagebild: ${file}: unknown key "settings.retentionDay" (did you mean "retentionDays"?); ignored`);
			expect(result.stderr, argv.join(' ')).toContain('unknown key "colour"');
		}

		expect(readFileSync(file, 'utf8')).toBe(text);
	});
});
