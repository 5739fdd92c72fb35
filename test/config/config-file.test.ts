import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import Conf from 'conf';
import {ConfigError, ConfigFile, defaultHome, resolveHome} from '../../source/config/config-file.js';
import {findJsonProblem} from '../../source/config/json-error.js';
import {defaultSettings} from '../../source/model/feed.js';

let home: string;

beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-config-'));
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

async function openError(dir: string): Promise<ConfigError> {
	try {
		await ConfigFile.open(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigError);
		return error as ConfigError;
	}

	throw new Error('expected ConfigFile.open to fail');
}

describe('config file', () => {
	it('starts with defaults and writes changes through in one go', async () => {
		const config = await ConfigFile.open(home);
		expect(config.path).toBe(path.join(home, 'config.json'));
		expect(config.data).toEqual({feeds: [], feedsConfigured: false, topics: [], settings: defaultSettings, keymap: {}});
		await config.update({
			feeds: [{url: 'https://www.tagesschau.de/xml/rss2/', title: 'tagesschau.de', tags: ['de'], enabled: true}],
			settings: {retentionDays: 7},
			keymap: {quit: ['q', 'ctrl+c']},
		});
		const reopened = await ConfigFile.open(home);
		expect(reopened.data.feeds[0]?.url).toBe('https://www.tagesschau.de/xml/rss2/');
		expect(reopened.data.settings).toEqual({...defaultSettings, retentionDays: 7});
		expect(reopened.data.keymap).toEqual({quit: ['q', 'ctrl+c']});
		// Only the override is in the file, so later default changes still reach the user.
		const onDisk = JSON.parse(readFileSync(config.path, 'utf8')) as {settings: unknown};
		expect(onDisk.settings).toEqual({retentionDays: 7});
	});

	it('tells a first run (no file, or no "feeds" key) from a list the user emptied, which stays empty', async () => {
		const file = path.join(home, 'config.json');
		const first = await ConfigFile.open(home);
		expect(first.data.feedsConfigured).toBe(false);
		// The file written on a first run has no feed list: it would read as one the user emptied.
		expect(Object.hasOwn(JSON.parse(readFileSync(file, 'utf8')) as object, 'feeds')).toBe(false);
		expect((await ConfigFile.open(home)).data.feedsConfigured).toBe(false);
		await first.update({feeds: []});
		const emptied = await ConfigFile.open(home);
		expect(emptied.data).toMatchObject({feeds: [], feedsConfigured: true});
		expect((JSON.parse(readFileSync(file, 'utf8')) as {feeds: unknown}).feeds).toEqual([]);
		writeFileSync(file, '{"feeds": [], "settings": {"retentionDays": 7}}\n');
		const byHand = await ConfigFile.open(home);
		expect(byHand.data).toMatchObject({feeds: [], feedsConfigured: true});
		expect(byHand.data.settings.retentionDays).toBe(7);
		writeFileSync(file, '{"settings": {"retentionDays": 7}}\n');
		expect((await ConfigFile.open(home)).data.feedsConfigured).toBe(false);
	});

	it('fills missing feed fields from the schema', async () => {
		writeFileSync(path.join(home, 'config.json'), JSON.stringify({feeds: [{url: 'https://example.org/feed'}]}));
		expect((await ConfigFile.open(home)).data.feeds).toEqual([{url: 'https://example.org/feed', title: '', tags: [], enabled: true}]);
	});

	it('reports a corrupt file with its path and line, and never touches it', async () => {
		const file = path.join(home, 'config.json');
		const broken = Buffer.from('{\n\t"feeds": [\n\t\t{"url": "https://example.org/feed",}\n\t]\n}\n', 'utf8');
		writeFileSync(file, broken);
		const before = statSync(file).mtimeMs;
		const error = await openError(home);
		expect(error.message).toContain(file);
		expect(error.message).toContain('not valid JSON');
		expect(error.message).toContain('line 3');
		expect(error.message).toContain('left unchanged');
		await openError(home);
		expect(readFileSync(file).equals(broken)).toBe(true);
		expect(statSync(file).mtimeMs).toBe(before);
	});

	it('reports a schema violation with the path and the field, and never touches the file', async () => {
		const file = path.join(home, 'config.json');
		const invalid = Buffer.from(JSON.stringify({feeds: [{url: 'ftp://example.org/feed', tags: 'world'}], settings: {concurrency: 0}}, null, 2));
		writeFileSync(file, invalid);
		const error = await openError(home);
		expect(error.message).toContain(file);
		expect(error.message).toContain('feeds/0/url');
		expect(error.message).toContain('feeds/0/tags');
		expect(error.message).toContain('settings/concurrency');
		expect(readFileSync(file).equals(invalid)).toBe(true);
	});

	it('takes a keymap entry written as one key (a plain string) as a list of that key, and leaves the file as written (sixth walk)', async () => {
		const file = path.join(home, 'config.json');
		const text = JSON.stringify({feeds: [], topics: [], settings: {}, keymap: {down: 'ctrl-n', up: ['k', 'ctrl-p']}});
		writeFileSync(file, text);
		const config = await ConfigFile.open(home);
		expect(config.data.keymap).toEqual({down: ['ctrl-n'], up: ['k', 'ctrl-p']});
		expect(readFileSync(file, 'utf8')).toBe(text);
		// A file conf has to complete (no "topics" yet) goes the other way through conf, with the same answer.
		writeFileSync(file, JSON.stringify({keymap: {down: 'ctrl-n'}}));
		expect((await ConfigFile.open(home)).data.keymap).toEqual({down: ['ctrl-n']});
		// Still a key list: a number is refused as before.
		writeFileSync(file, JSON.stringify({keymap: {down: 3}}));
		expect((await openError(home)).message).toContain('keymap/down');
	});

	it('rejects a JSON value that is not an object without overwriting it', async () => {
		const file = path.join(home, 'config.json');
		writeFileSync(file, '[1, 2, 3]\n');
		expect((await openError(home)).message).toContain('must hold a JSON object');
		expect(readFileSync(file, 'utf8')).toBe('[1, 2, 3]\n');
	});

	it('names the home directory when it cannot be created', async () => {
		const blocker = path.join(home, 'a-file');
		writeFileSync(blocker, 'x');
		const error = await openError(path.join(blocker, 'home'));
		expect(error.message).toContain(path.join(blocker, 'home'));
		expect(error.message).toMatch(/cannot create home directory/);
	});

	it('lands two updates made at once (the first one waits for conf to load)', async () => {
		const config = await ConfigFile.open(home);
		await Promise.all([
			config.update({feeds: [{url: 'https://example.org/a', title: 'A', tags: [], enabled: true}]}),
			config.update({settings: {retentionDays: 3}}),
		]);
		const reopened = await ConfigFile.open(home);
		expect(reopened.data.feeds.map(feed => feed.url)).toEqual(['https://example.org/a']);
		expect(reopened.data.settings.retentionDays).toBe(3);
	});

	it('finds the default home where conf puts a project\'s config', () => {
		const saved = process.env.XDG_CONFIG_HOME;
		for (const xdg of [home, undefined]) {
			if (xdg === undefined) {
				delete process.env.XDG_CONFIG_HOME;
			} else {
				process.env.XDG_CONFIG_HOME = xdg;
			}

			try {
				const probe = new Conf({projectName: 'lagebild', projectSuffix: '', configName: '.location-probe'});
				expect(defaultHome()).toBe(path.dirname(probe.path));
			} finally {
				if (saved === undefined) {
					delete process.env.XDG_CONFIG_HOME;
				} else {
					process.env.XDG_CONFIG_HOME = saved;
				}
			}
		}
	});

	it('resolves the home from --home, then LAGEBILD_HOME', () => {
		expect(resolveHome('/tmp/x', {LAGEBILD_HOME: '/tmp/y'})).toBe('/tmp/x');
		expect(resolveHome(undefined, {LAGEBILD_HOME: '/tmp/y'})).toBe('/tmp/y');
		expect(resolveHome(undefined, {LAGEBILD_HOME: 'rel'})).toBe(path.resolve('rel'));
	});

	it.runIf(process.platform === 'linux')('defaults to conf\'s XDG location without writing a file there', () => {
		const saved = process.env.XDG_CONFIG_HOME;
		process.env.XDG_CONFIG_HOME = home;
		try {
			expect(resolveHome(undefined, {})).toBe(path.join(home, 'lagebild'));
			expect(readdirSync(path.join(home, 'lagebild'))).toEqual([]);
		} finally {
			if (saved === undefined) {
				delete process.env.XDG_CONFIG_HOME;
			} else {
				process.env.XDG_CONFIG_HOME = saved;
			}
		}
	});
});

describe('findJsonProblem', () => {
	it('finds the place JSON.parse rejects', () => {
		expect(findJsonProblem('{"a": 1}')).toBeUndefined();
		expect(findJsonProblem('{\n"a": 1,\n"b": }')).toEqual({message: 'unexpected "}"', line: 3, column: 6});
		expect(findJsonProblem('{"a": [1, 2')).toMatchObject({message: 'unexpected end of file', line: 1});
		expect(findJsonProblem('{"a": tru}')).toMatchObject({line: 1, column: 10});
		expect(findJsonProblem('{"a": "x\ny"}')).toMatchObject({line: 1, column: 9});
		expect(findJsonProblem('')).toMatchObject({message: 'unexpected end of file'});
		expect(findJsonProblem('\uFEFF{}')?.message).toContain('byte-order mark');
	});

	it('names a comma after the last entry, the usual hand edit (fifth walk, #125)', () => {
		expect(findJsonProblem('{\n\t"settings": {"retentionDays": 0,},\n\t"topics": []\n}')).toEqual({message: 'unexpected "}" after a comma — JSON allows no comma after the last entry', line: 2, column: 34});
		expect(findJsonProblem('{"tags": ["a", "b",\n]}')?.message).toBe('unexpected "]" after a comma — JSON allows no comma after the last entry');
		expect(findJsonProblem('{"a": 1 }}')?.message).toBe('unexpected "}"');
	});
});
