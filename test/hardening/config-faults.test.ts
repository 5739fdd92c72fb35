// Config faults: corrupt, truncated or schema-invalid config files and unusable homes give a clear message with the path and are never changed.

import {mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, test} from 'vitest';
import {runCli} from '../../source/commands/main.js';

const root = mkdtempSync(path.join(tmpdir(), 'lagebild-config-faults-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

async function cli(...argv: string[]): Promise<{code: number; stdout: string; stderr: string}> {
	let stdout = '';
	let stderr = '';
	const code = await runCli(argv, {
		stdout: {write: (text: string) => (stdout += text)},
		stderr: {write: (text: string) => (stderr += text)},
		env: {},
	});
	return {code, stdout, stderr};
}

const valid = JSON.stringify({feeds: [{url: 'https://news.example/feed.xml', title: 'News', tags: ['a'], enabled: true}], settings: {concurrency: 4}}, null, '\t');

const badFiles: Record<string, string | Buffer> = {
	'truncated JSON': valid.slice(0, Math.floor(valid.length / 2)),
	'a stray comma': valid.replace('"News",', '"News",,'),
	'binary garbage': Buffer.from([0x00, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a, 0x7b, 0x80, 0x81]),
	'an empty file': '',
	'JSON null': 'null',
	'a JSON array': '[]',
	'feeds not an array': JSON.stringify({feeds: 'https://news.example/feed.xml'}),
	'concurrency zero': JSON.stringify({settings: {concurrency: 0}}),
	'concurrency a string': JSON.stringify({settings: {concurrency: 'many'}}),
	'a file: feed URL': JSON.stringify({feeds: [{url: 'file:///etc/passwd'}]}),
	'a javascript: feed URL': JSON.stringify({feeds: [{url: 'javascript:alert(1)'}]}),
	'a feed without url': JSON.stringify({feeds: [{title: 'x'}]}),
	'an escape sequence in a key': `{"settings": {"\u001B]0;pwned\u0007": 1}, "feeds": 3}`,
};

// Commands that read the config; none may write it or touch the network here.
const commands: string[][] = [['feeds', 'list'], ['feeds', 'add', 'https://other.example/rss'], ['topics', 'list'], ['brief', '--format', 'text'], ['refresh']];

describe('a broken config file', () => {
	for (const [name, content] of Object.entries(badFiles)) {
		test(`${name}: every command stops with a clear message naming the file, which stays byte-for-byte the same`, async () => {
			const home = path.join(root, name.replaceAll(/\W+/g, '-'));
			mkdirSync(home, {recursive: true});
			const file = path.join(home, 'config.json');
			writeFileSync(file, content);
			const before = readFileSync(file);
			const mtime = statSync(file).mtimeMs;
			for (const argv of commands) {
				const result = await cli('--home', home, ...argv);
				const what = `${name}: ${argv.join(' ')}`;
				// brief only reads: it goes on with the defaults and says why (fifth walk, #125); the rest stops.
				expect(result.code, what).toBe(argv[0] === 'brief' ? 0 : 1);
				if (argv[0] === 'brief') expect(result.stderr, what).toContain('Reading with the default settings and topics until it is fixed');
				expect(result.stderr, what).toContain(file);
				expect(result.stderr, what).toMatch(/not valid JSON|does not match|must hold a JSON object|cannot read/);
				// One message, no stack trace, nothing a terminal would act on.
				expect(result.stderr, what).not.toMatch(/\n\s+at /);
				expect(result.stderr, what).not.toContain('\u001B');
				expect(readFileSync(file).equals(before), what).toBe(true);
			}
			expect(statSync(file).mtimeMs).toBe(mtime);
		});
	}

	test('the same file, once valid, works (the failures above are about the content)', async () => {
		const home = path.join(root, 'valid');
		mkdirSync(home, {recursive: true});
		writeFileSync(path.join(home, 'config.json'), valid);
		const result = await cli('--home', home, 'feeds', 'list');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('news.example');
	});
});

describe('an unusable home directory', () => {
	// Tests run as root, so permissions do not stop anything: use paths that fail for root too.
	test('a home below a regular file, a home that is a file, a config.json that is a directory', async () => {
		const blocker = path.join(root, 'blocker');
		writeFileSync(blocker, 'I am a file\n');
		const cases = [
			{home: path.join(blocker, 'home'), mention: path.join(blocker, 'home')},
			{home: blocker, mention: blocker},
		];
		const dirConfig = path.join(root, 'dir-config');
		mkdirSync(path.join(dirConfig, 'config.json'), {recursive: true});
		cases.push({home: dirConfig, mention: path.join(dirConfig, 'config.json')});
		for (const {home, mention} of cases) {
			for (const argv of commands) {
				const result = await cli('--home', home, ...argv);
				const what = `${home}: ${argv.join(' ')}`;
				// brief reads on with the defaults where only config.json is unusable, saying so.
				if (result.code === 0) expect([argv[0], result.stderr.includes('Reading with the default settings')], what).toEqual(['brief', true]);
				expect(result.stderr, what).toContain(mention);
				expect(result.stderr, what).not.toMatch(/\n\s+at /);
				expect(result.stderr, what).not.toMatch(/unexpected error/);
			}
		}
		expect(readFileSync(blocker, 'utf8')).toBe('I am a file\n');
	});

	test('an article store that cannot be opened is named in the message', async () => {
		const home = path.join(root, 'bad-store');
		mkdirSync(path.join(home, 'lagebild.db'), {recursive: true});
		writeFileSync(path.join(home, 'config.json'), valid);
		const result = await cli('--home', home, 'feeds', 'list');
		if (result.code !== 0) {
			expect(result.stderr).toContain(path.join(home, 'lagebild.db'));
			expect(result.stderr).not.toMatch(/\n\s+at /);
		}
		const brief = await cli('--home', home, 'brief');
		expect(brief.code).not.toBe(0);
		expect(brief.stderr).toContain(path.join(home, 'lagebild.db'));
		expect(brief.stderr).not.toMatch(/unexpected error|\n\s+at /);
	});
});
