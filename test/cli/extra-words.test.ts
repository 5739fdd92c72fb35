// Words a command does not take, and files a feed list cannot be read from or written to (sixth walk): said plainly,
// not ignored and not in Node's words.

import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {cli} from './run-cli.js';

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-extra-words-'));
});
afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

it('brief and refresh refuse words after them (exit 2) and say what was likely meant', async () => {
	const brief = await cli(home, '--offline', 'brief', 'Middle', 'East');
	expect(brief.code).toBe(2);
	expect(brief.stdout).toBe('');
	expect(brief.stderr).toMatch(/^lagebild: brief takes no words \(Middle East\); one topic: lagebild brief --topic "Middle East"; a search of the stored articles: lagebild search Middle East\n/u);
	const refresh = await cli(home, 'refresh', 'tagesschau');
	expect(refresh.code).toBe(2);
	expect(refresh.stderr).toMatch(/^lagebild: refresh takes no words \(tagesschau\); it fetches every enabled feed/u);
	// Flags and subcommands as before.
	expect((await cli(home, '--offline', 'brief', '--since', 'all')).code).toBe(0);
});

it('feeds import and export name a missing file or folder in plain words', async () => {
	const missing = path.join(home, 'nope', 'subscriptions.opml');
	const imported = await cli(home, 'feeds', 'import', missing);
	expect(imported.code).toBe(1);
	expect(imported.stderr).toBe(`lagebild: cannot read ${missing}: no such file or folder\n`);
	const exported = await cli(home, 'feeds', 'export', missing);
	expect(exported.code).toBe(1);
	expect(exported.stderr).toBe(`lagebild: cannot write ${missing}: no such file or folder\n`);
	const folder = await cli(home, 'feeds', 'import', home);
	expect(folder.stderr).toBe(`lagebild: cannot read ${home}: it is a folder\n`);
});
