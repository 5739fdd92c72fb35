// A flag a command does not read is an error (exit 2), not silently ignored; `COMMAND --help` shows that command.

import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {commandFlags} from '../../source/commands/main.js';
import {cli} from './run-cli.js';

const home = async () => mkdtemp(path.join(tmpdir(), 'lagebild-flags-'));

describe('flags per command', () => {
	it('feeds list --format json: exit 2 naming the flag, no table on stdout', async () => {
		const result = await cli(await home(), 'feeds', 'list', '--format', 'json');
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('lagebild feeds does not take --format');
		expect(result.stderr).toContain('$ lagebild feeds');
	});

	it('refresh --topic x and topics list --as-is are refused before anything runs', async () => {
		const directory = await home();
		for (const [argv, flag] of [[['refresh', '--topic', 'x'], '--topic'], [['topics', 'list', '--as-is'], '--as-is']] as const) {
			const result = await cli(directory, ...argv);
			expect(result.code, argv.join(' ')).toBe(2);
			expect(result.stderr).toContain(`does not take ${flag}`);
		}
	});

	it('the flags a command reads still work (search --format json, topics list with --home)', async () => {
		const directory = await home();
		const topics = await cli(directory, 'topics', 'list');
		expect(topics.code).toBe(0);
		const search = await cli(directory, 'search', 'Ukraine', '--format', 'json');
		expect(search.stderr).not.toContain('does not take');
		expect(Object.keys(commandFlags).sort()).toEqual(['analyze', 'app', 'brief', 'feeds', 'refresh', 'search', 'topics']);
	});

	it('COMMAND --help shows that command\'s usage and the global options; --help alone everything', async () => {
		const directory = await home();
		const brief = await cli(directory, 'brief', '--help');
		expect(brief.code).toBe(0);
		expect(brief.stdout).toContain('$ lagebild brief   [--topic T]');
		expect(brief.stdout).not.toContain('$ lagebild feeds');
		expect(brief.stdout).toContain('--home DIR');
		const feeds = await cli(directory, 'feeds', 'add', '--help');
		expect(feeds.stdout).toContain('| remove URL|ID|TITLE...');
		expect(feeds.stdout).not.toContain('$ lagebild brief');
		const all = await cli(directory, '--help');
		expect(all.stdout).toContain('$ lagebild brief');
		expect(all.stdout).toContain('$ lagebild topics');
	});
});
