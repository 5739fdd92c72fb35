// Text that did not come through a feed — OPML and newsboat imports, a piped page for analyze — reaches no terminal raw.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, expect, test} from 'vitest';
import {cli} from '../cli/run-cli.js';
import {unsafeCharacter} from '../helpers/fuzz-feeds.js';

// A window title set by OSC, a colour, and a bidi override: what an OPML file from the web may carry.
const hostile = 'Evil \u001B]0;pwned\u0007 Feed \u001B[31mRED\u001B[0m \u202Egnp.exe';
let dir = '';

beforeEach(() => {
	dir = mkdtempSync(path.join(tmpdir(), 'lagebild-imported-'));
});

afterEach(() => {
	rmSync(dir, {recursive: true, force: true});
});

// The raw characters, not references: not well-formed XML 1.0, and read all the same by the lenient OPML parser.
const xmlAttribute = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

test('an OPML and a newsboat urls file with escapes in titles and tags: list, TSV and export print none', async () => {
	const home = path.join(dir, 'home');
	const opml = path.join(dir, 'feeds.opml');
	writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body><outline text="${xmlAttribute(hostile)}" category="${xmlAttribute(`tag\u001B[5m`)}" type="rss" xmlUrl="https://one.example.org/feed.xml"/></body></opml>`);
	const urls = path.join(dir, 'urls');
	writeFileSync(urls, `https://two.example.org/feed.xml "~${hostile}" "bad\u001B[2Jtag"\n`);
	for (const file of [opml, urls]) {
		const imported = await cli(home, 'feeds', 'import', file);
		expect(imported.code, imported.stderr).toBe(0);
	}

	const listed = await cli(home, 'feeds', 'list');
	const exported = await cli(home, 'feeds', 'export', path.join(dir, 'out.opml'));
	const tsv = listed.stdout;
	expect(tsv).toContain('Evil');
	expect(tsv).toContain('RED');
	for (const output of [tsv, listed.stderr, exported.stdout, exported.stderr]) expect(output).not.toMatch(unsafeCharacter);
	const config = readFileSync(path.join(home, 'config.json'), 'utf8');
	// Stored clean, not only printed clean: the app and the export read the same titles.
	expect(JSON.parse(config).feeds.map((feed: {title: string}) => feed.title)).toEqual(['Evil Feed RED gnp.exe', 'Evil Feed RED gnp.exe']);
	expect(readFileSync(path.join(dir, 'out.opml'), 'utf8')).not.toMatch(unsafeCharacter);
});

test('analyze --format text and json over a page with escapes: none printed, and the quote stays direct', async () => {
	const file = path.join(dir, 'article.txt');
	writeFileSync(file, 'Title \u001B]0;pwned\u0007 here\n\n\u001B[31m"We will win this race, and we will win it soon," said Bob Smith.\u001B[0m\n');
	for (const format of ['text', 'json']) {
		const {code, stdout} = await cli(path.join(dir, 'home'), 'analyze', file, '--format', format, '--lang', 'en');
		expect(code).toBe(0);
		expect(stdout).not.toMatch(unsafeCharacter);
		expect(stdout).not.toContain('\\u001b');
		if (format === 'text') expect(stdout).toMatch(/\[direct [\d-]+\] Bob Smith/);
	}
});
