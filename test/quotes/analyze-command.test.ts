// `lagebild analyze`: plain text, HTML and RSS input; JSON offsets index exactly into the printed article text.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {PassThrough, Readable} from 'node:stream';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {analyzeCommand} from '../../source/commands/analyze.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = path.resolve(repoRoot, '..', 'shared');

interface JsonQuote {
	kind: string;
	text: string;
	speaker: string;
	start: number;
	end: number;
}

interface JsonArticle {
	id: string;
	title: string;
	language: string;
	people: Array<{name: string; role: string; aliases: string[]}>;
	quotes: JsonQuote[];
}

async function run(pathOrDash: string, format: 'json' | 'text', stdinText = '', lang?: string): Promise<string> {
	const stdout = new PassThrough();
	let out = '';
	stdout.on('data', (chunk: Buffer) => {
		out += chunk.toString('utf8');
	});
	const code = await analyzeCommand({path: pathOrDash, format, lang}, {stdout, stdin: Readable.from([stdinText])});
	expect(code).toBe(0);
	return out;
}

/** The article text as `--format text` prints it: everything before the quote list. */
function printedTexts(text: string): string[] {
	return text
		.split(/^=== .* ===\n/mu)
		.slice(1)
		.map((block) => block.slice(0, block.indexOf('\n\n-- quotes (')));
}

describe('analyze command', () => {
	it('reads a Latin-1 feed file by the charset its XML declaration names', async () => {
		const json = JSON.parse(await run(path.join(shared, 'fixtures', 'feeds', 'jn-pt-latin1.rss'), 'json')) as {articles: JsonArticle[]};
		const titles = json.articles.map((article) => article.title).join('\n');
		expect(titles).toContain('Mãe de utente é a nova presidente da Raríssimas');
		expect(titles).not.toContain('\uFFFD');
	});

	it('analyses a plain-text article; JSON offsets index into the text that --format text prints', async () => {
		const file = path.join(shared, 'eval', 'seed', 'putin-trump-hegseth.de.txt');
		const json = JSON.parse(await run(file, 'json')) as {articles: JsonArticle[]};
		const text = await run(file, 'text');
		const [article] = json.articles;
		expect(article?.language).toBe('de');
		expect(article?.title).toContain('Putin telefoniert mit Trump');
		const [printed = ''] = printedTexts(text);
		expect(article!.quotes.length).toBeGreaterThan(10);
		for (const quote of article!.quotes) expect(printed.slice(quote.start, quote.end)).toBe(quote.text);
		expect(article!.people.some((person) => person.name === 'Pete Hegseth' && person.role.includes('Verteidigungsminister'))).toBe(true);
	});

	it('reads standard input and takes --lang', async () => {
		const input = 'Streik im Hafen\n\n"Wir bleiben draußen", sagte die Gewerkschafterin Lea Hoffmann.';
		const json = JSON.parse(await run('-', 'json', input, 'de')) as {articles: JsonArticle[]};
		expect(json.articles[0]?.quotes[0]).toMatchObject({kind: 'direct', speaker: 'Lea Hoffmann', text: 'Wir bleiben draußen'});
	});

	it('analyses every item of an RSS feed, with exact offsets per article', async () => {
		const file = path.join(repoRoot, 'feeds', 'snapshots', 'quotes-dev-uk-bbc.rss');
		const json = JSON.parse(await run(file, 'json')) as {articles: JsonArticle[]};
		const printed = printedTexts(await run(file, 'text'));
		expect(json.articles.length).toBeGreaterThan(0);
		json.articles.forEach((article, index) => {
			expect(article.language).toBe('en');
			for (const quote of article.quotes) expect(printed[index]!.slice(quote.start, quote.end)).toBe(quote.text);
		});
		const quotes = json.articles.flatMap((article) => article.quotes);
		expect(quotes.some((quote) => quote.text.includes('paper tiger') && quote.speaker.includes('Trump'))).toBe(true);
	});

	it('analyses an HTML page', async () => {
		const html = '<!doctype html><html><head><title>Hafen bleibt zu</title></head><body><h1>Hafen bleibt zu</h1><p>Die Hafenchefin Ines Paulsen trat vor die Presse.</p><p>&bdquo;Wir öffnen erst im Mai&ldquo;, sagte Paulsen.</p></body></html>';
		const json = JSON.parse(await run('-', 'json', html, 'de')) as {articles: JsonArticle[]};
		const quote = json.articles[0]?.quotes.find((candidate) => candidate.text.includes('Mai'));
		expect(quote?.speaker).toBe('Ines Paulsen');
	});

	it('keeps offsets exact on a real multi-item German feed', async () => {
		const file = path.join(shared, 'fixtures', 'feeds', 'tagesschau-2021-02-18.rss');
		const content = readFileSync(file, 'utf8');
		const json = JSON.parse(await run('-', 'json', content)) as {articles: JsonArticle[]};
		const printed = printedTexts(await run('-', 'text', content));
		expect(printed).toHaveLength(json.articles.length);
		json.articles.forEach((article, index) => {
			for (const quote of article.quotes) expect(printed[index]!.slice(quote.start, quote.end)).toBe(quote.text);
		});
	});
});
