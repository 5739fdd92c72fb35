// `lagebild analyze page.html`: the article of a web page, without its menus, footer or the site's name in the title.

import {readFileSync} from 'node:fs';
import {describe, expect, test} from 'vitest';
import {analyzeArticles, articlesOf} from '../../source/commands/analyze.js';

const seed = readFileSync(new URL('../../../shared/eval/seed/putin-trump-hegseth.de.txt', import.meta.url), 'utf8');
const [headline = '', ...paragraphs] = seed.split('\n').map(line => line.trim()).filter(Boolean);

function escape(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The seed article as a news site would serve it: navigation, a teaser box, a footer, the site in the title. */
const page = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${escape(headline)} | Nachrichtenportal</title></head>
<body><header><nav><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>${escape(headline)}</h1>${paragraphs.map(paragraph => `<p>${escape(paragraph)}</p>`).join('\n')}</article>
<aside><h3>Mehr zum Thema</h3><ul><li><a href="/a">Wetter: Sonne am Wochenende</a></li></ul></aside></main>
<footer><p>Impressum · Datenschutz · © 2025 Nachrichtenportal GmbH</p></footer></body></html>`;

describe('analyze on an HTML page', () => {
	test('the title is the headline and the text is the article alone', async () => {
		const [article] = await articlesOf(page, 'page.html');
		expect(article!.title).toBe(headline);
		expect(article!.paragraphs[0]).toBe(paragraphs[0]);
		expect(article!.paragraphs.at(-1)).toBe(paragraphs.at(-1));
		const text = article!.paragraphs.join('\n');
		for (const chrome of ['Startseite', 'Impressum', 'Nachrichtenportal', 'Mehr zum Thema']) expect(text).not.toContain(chrome);
	});

	test('finds the same quotes with the same speakers as in the plain text', async () => {
		const [fromPage] = await analyzeArticles(page, 'page.html', 'de');
		const [fromText] = await analyzeArticles(seed, 'seed.txt', 'de');
		const quotes = (article: typeof fromPage) => article!.analysis.quotes.filter(quote => quote.kind !== 'indirect').map(quote => `${quote.speaker}: ${quote.text}`);
		expect(quotes(fromPage)).toEqual(quotes(fromText));
		expect(fromPage!.analysis.people.map(person => person.name)).not.toContain('Startseite');
	});

	test('a fragment without a page around it is read as it is', async () => {
		const [article] = await articlesOf('<p>Hafen bleibt zu</p><p>„Wir öffnen erst im Mai“, sagte Ines Paulsen.</p>', '-');
		expect(article!.title).toBe('Hafen bleibt zu');
		expect(article!.paragraphs).toEqual(['„Wir öffnen erst im Mai“, sagte Ines Paulsen.']);
	});
});
