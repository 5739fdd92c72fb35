// `lagebild analyze` with a wrong file or option: one line starting "lagebild:", exit 2 for usage and 1 for the file.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {cli} from './run-cli.js';

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-analyze-'));
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

describe('analyze errors', () => {
	test('a missing file, a directory, no file and a wrong format each say so like the other commands', async () => {
		const missing = path.join(home, 'none.txt');
		const noFile = await cli(home, 'analyze', missing);
		expect(noFile).toMatchObject({code: 1, stdout: ''});
		expect(noFile.stderr.trim()).toBe(`lagebild: no such file: ${missing}`);

		const directory = await cli(home, 'analyze', home);
		expect(directory.code).toBe(1);
		expect(directory.stderr).toMatch(/^lagebild: .* is a directory/u);

		const none = await cli(home, 'analyze');
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/^lagebild: analyze needs a file/u);

		const format = await cli(home, 'analyze', missing, '--format', 'xml');
		expect(format.code).toBe(2);
		expect(format.stderr.trim()).toBe('lagebild: --format must be json or text, not "xml".');
	});
});
