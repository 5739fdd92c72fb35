// `lagebild analyze FILE.atom`: a feed whose root follows stylesheet instructions, a comment or a BOM is read as a feed.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {cli} from './run-cli.js';

const fixtures = fileURLToPath(new URL('../../../shared/fixtures/feeds/', import.meta.url));

let home: string;
beforeEach(() => {
	home = mkdtempSync(path.join(tmpdir(), 'lagebild-analyze-prolog-'));
});

afterEach(() => {
	rmSync(home, {recursive: true, force: true});
});

async function analyzed(file: string): Promise<Array<{title: string; url: string; language: string}>> {
	const result = await cli(home, 'analyze', file, '--format', 'json');
	expect(result.code, result.stderr).toBe(0);
	return (JSON.parse(result.stdout) as {articles: Array<{title: string; url: string; language: string}>}).articles;
}

describe('analyze reads feeds behind a prolog', () => {
	test('FeedBurner’s Atom with two xml-stylesheet instructions is its entries, not one text (real feed)', async () => {
		const file = path.join(fixtures, 'feedburner.atom');
		const xml = readFileSync(file, 'utf8');
		const entries = xml.match(/<entry[\s>]/gu)?.length ?? 0;
		expect(entries).toBeGreaterThan(1);
		const articles = await analyzed(file);
		expect(articles).toHaveLength(entries);
		expect(articles.filter(article => article.title === '' || article.title.startsWith('<'))).toEqual([]);
		// The blog is English; read as one raw text it was guessed Portuguese.
		expect(articles.every(article => article.language === 'en')).toBe(true);
	});

	test('a BOM, a comment and a stylesheet instruction before the root of a real Atom and RSS feed', async () => {
		for (const name of ['heise-developer-2016.atom', 'tagesschau-2021-02-18.rss']) {
			const xml = readFileSync(path.join(fixtures, name), 'utf8');
			const plain = await analyzed(path.join(fixtures, name));
			expect(plain.length).toBeGreaterThan(1);
			const body = xml.replace(/^\uFEFF?<\?xml[^>]*\?>/u, '');
			const wrapped = path.join(home, name);
			writeFileSync(wrapped, `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- generated -->\n<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>\n${body}`);
			expect((await analyzed(wrapped)).map(article => article.title)).toEqual(plain.map(article => article.title));
		}
	});
});
