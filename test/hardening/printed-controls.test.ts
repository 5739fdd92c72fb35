// What the commands print carries no escape sequence or control character, also where the text never came from a feed: a hand-edited config, an argument echoed in an error.

import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {sanitizePrinted} from '../../source/text/sanitize.js';
import {cli} from '../cli/run-cli.js';
import {unsafeCharacter} from '../helpers/fuzz-feeds.js';

const esc = '\u001B';
const title = (name: string) => `${esc}]0;${name}\u0007`;
const root = mkdtempSync(path.join(tmpdir(), 'lagebild-printed-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

function home(name: string, config: unknown): string {
	const dir = path.join(root, name);
	mkdirSync(dir, {recursive: true});
	writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
	return dir;
}

function unsafeIn(output: string): string {
	const match = unsafeCharacter.exec(output.replaceAll('\n', ' ').replaceAll('\t', ' '));
	return match ? `U+${match[0].codePointAt(0)!.toString(16)} near ${JSON.stringify(output.slice(Math.max(0, match.index - 30), match.index + 10))}` : '';
}

describe('printed output of the commands', () => {
	test('an unknown config key holding an OSC is named without it by every command (it set the window title before the app started)', async () => {
		const dir = home('unknown-key', {feeds: [], settings: {[`${title('PWN')}x`]: 1}});
		for (const argv of [['feeds', 'list'], ['topics', 'list'], ['brief', '--offline'], ['search', 'x'], ['refresh']]) {
			const {stdout, stderr} = await cli(dir, ...argv);
			expect(stderr, argv.join(' ')).toContain('unknown key');
			expect(unsafeIn(stdout + stderr), argv.join(' ')).toBe('');
		}
	});

	test('topic names and terms from a hand-edited config are listed without their escapes', async () => {
		const dir = home('topics', {topics: [{name: `${title('PWN')}Evil`, terms: [`${esc}[2J`, 'Öl']}]});
		const {code, stdout, stderr} = await cli(dir, 'topics', 'list');
		expect(code, stderr).toBe(0);
		expect(stdout).toContain('Evil');
		expect(unsafeIn(stdout + stderr)).toBe('');
	});

	test('arguments echoed in an error or a usage line are printed without their escapes', async () => {
		const dir = home('arguments', {});
		const cases = [
			[`--${title('flag')}`], [title('command')], ['analyze', `/nonexistent/${title('file')}`], ['brief', '--topic', title('topic')],
			['brief', '--since', title('since')], ['topics', 'remove', title('topic')], ['search', '--format', title('format'), 'x'],
			['feeds', 'import', `/nonexistent/${title('opml')}`], ['feeds', 'add', `${title('url')}`],
		];
		for (const argv of cases) {
			const {code, stdout, stderr} = await cli(dir, ...argv);
			expect(code, argv.join(' ')).not.toBe(0);
			expect(stderr.length, argv.join(' ')).toBeGreaterThan(0);
			expect(unsafeIn(stdout + stderr), argv.join(' ')).toBe('');
		}
	}, 30_000);

	test('refresh names a feed whose title in config.json holds an OSC without it, in its line and its failure summary (review V19 #4)', async () => {
		// Port 9 (discard) refuses at once: the feed fails, and its title is printed twice.
		const dir = home('refresh-title', {feeds: [{url: 'http://127.0.0.1:9/feed.xml', title: `${title('PWNED')}Evil`}]});
		const {stdout, stderr} = await cli(dir, 'refresh');
		expect(stdout + stderr).toContain('Evil');
		expect(unsafeIn(stdout + stderr)).toBe('');
	}, 30_000);

	test('printed text keeps its line breaks and tabs, and a JSON document stays valid', () => {
		expect(sanitizePrinted(`a\tb\nc${esc}[31md\r\ne`)).toBe('a\tb\ncd\ne');
		const json = JSON.stringify({text: 'line\u2028separator \u0085next \u009B31mred'});
		expect(JSON.parse(sanitizePrinted(json))).toEqual({text: 'line\u2028separator next red'});
	});
});
