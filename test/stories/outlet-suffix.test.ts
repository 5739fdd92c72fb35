import {describe, expect, it} from 'vitest';
import {articleBody, articleFeatures, headlineWords} from '../../source/analysis/stories/features.js';
import {outletSuffixStart, withoutOutletSuffix} from '../../source/analysis/stories/outlet-suffix.js';
import type {Article} from '../../source/model/article.js';
import {fixtureArticles} from './feed-files.js';

const contextOf = (article: Article) => ({feedTitle: article.feedTitle, url: article.url, body: articleBody(article)});

describe('outlet names at the end of a title', () => {
	it('leaves out the outlet Google News appends to every headline, as its body credits it (real feed, 38 items)', async () => {
		const articles = await fixtureArticles('googlenews-top-2022-07-28.rss');
		expect(articles).toHaveLength(38);
		for (const article of articles) {
			const title = article.title.trim();
			const head = title.slice(0, title.lastIndexOf(' - '));
			// One headline names its journal twice: "… | NEJM - nejm.org"; the address names the journal for the part before it.
			const expected = head.endsWith(' | NEJM') ? head.slice(0, -' | NEJM'.length) : head;
			expect(withoutOutletSuffix(article.title, contextOf(article))).toBe(expected);
		}
	});

	it('needs evidence: the same headlines without the crediting body keep a name that is not the feed’s', async () => {
		const articles = await fixtureArticles('googlenews-top-2022-07-28.rss');
		const cut = articles.filter((article) => withoutOutletSuffix(article.title, {feedTitle: article.feedTitle}) !== article.title);
		// Only an address ("- nejm.org", "- Nature.com") says it is an outlet on its own.
		expect(cut.map((article) => article.title.slice(article.title.lastIndexOf(' - ') + 3)).sort()).toEqual(['Nature.com', 'nejm.org']);
	});

	it('keeps what only looks like a suffix: bylines, "– video", "– live!", "- in pictures" (real Guardian feed)', async () => {
		const articles = await fixtureArticles('guardian-us-politics-2018.rss');
		const separated = articles.filter((article) => / [-–|] /u.test(article.title));
		expect(separated.length).toBeGreaterThanOrEqual(10);
		for (const article of articles) expect(withoutOutletSuffix(article.title, contextOf(article))).toBe(article.title);
	});

	it('keeps German headlines whose dash goes on with the sentence (real tagesschau and heise feeds)', async () => {
		const articles = [...(await fixtureArticles('tagesschau-2021-02-18.rss')), ...(await fixtureArticles('heise-developer-2016.atom'))];
		expect(articles.some((article) => article.title.includes(' - und was nicht'))).toBe(true);
		for (const article of articles) expect(withoutOutletSuffix(article.title, contextOf(article))).toBe(article.title);
	});

	it('keeps the words after " — " that the body only repeats with the title: no outlet credits them (#86)', () => {
		const title = '🇺🇦🔥 Selenskyj: „Wir brauchen mehr Luftabwehr“ 🚀🚀🚀 — Ukraine bittet um Hilfe';
		const context = {feedTitle: 'Ein sehr sehr langer Feedname für Nachrichten', url: 'http://127.0.0.1:8080/ticker/1'};
		// A feed whose body opens with its own title (as many do): the dash is the title's, not an aggregator's credit.
		expect(withoutOutletSuffix(title, {...context, body: `${title}. Kiew bittet die Partner um weitere Systeme.`})).toBe(title);
		expect(withoutOutletSuffix(title, context)).toBe(title);
		// The feed's own name after the dash still goes.
		expect(withoutOutletSuffix('Selenskyj bittet um mehr Luftabwehr — Feedname', {...context, body: 'Selenskyj bittet um mehr Luftabwehr — Feedname. Text.'})).toBe('Selenskyj bittet um mehr Luftabwehr');
	});

	it('keeps a real headline whose body repeats it after another real headline joined with " — " (real tagesschau feed)', async () => {
		const articles = await fixtureArticles('tagesschau-2021-02-18.rss');
		const short = articles.filter((article) => article.title.split(' ').length <= 5 && article.title.length <= 40);
		expect(short.length).toBeGreaterThan(0);
		for (const [index, article] of articles.slice(0, 10).entries()) {
			const title = `${article.title} — ${short[index % short.length]!.title}`;
			const body = `${title} ${articleBody(article)}`;
			expect(withoutOutletSuffix(title, {feedTitle: article.feedTitle, url: article.url, body})).toBe(title);
		}
	});

	it('leaves out the feed’s own name and host, German and English', () => {
		const tagesschau = {feedTitle: 'tagesschau.de - Die Nachrichten der ARD', url: 'https://www.tagesschau.de/inland/haushalt-einigung-100.html'};
		expect(withoutOutletSuffix('Koalition einigt sich auf Haushalt für 2025 – tagesschau.de', tagesschau)).toBe('Koalition einigt sich auf Haushalt für 2025');
		expect(withoutOutletSuffix('Koalition einigt sich auf Haushalt für 2025 | tagesschau.de', tagesschau)).toBe('Koalition einigt sich auf Haushalt für 2025');
		const dw = {feedTitle: 'Deutsche Welle: Nachrichten', url: 'https://www.dw.com/de/bundestag-wehrdienst/a-123'};
		expect(withoutOutletSuffix('Bundestag beschließt neuen Wehrdienst | DW', dw)).toBe('Bundestag beschließt neuen Wehrdienst');
		expect(withoutOutletSuffix('Bundestag beschließt neuen Wehrdienst | DW | 05.12.2025', dw)).toBe('Bundestag beschließt neuen Wehrdienst | DW | 05.12.2025');
		const bbc = {feedTitle: 'BBC News', url: 'https://www.bbc.co.uk/news/articles/c1'};
		expect(withoutOutletSuffix('Storm Darragh leaves thousands without power - BBC News', bbc)).toBe('Storm Darragh leaves thousands without power');
		const cyclingnews = {feedTitle: 'Latest news', url: 'https://www.cyclingnews.com/news/mavi-garcia/'};
		expect(withoutOutletSuffix('Mavi Garcia hit by own team car on gravel stage - Cyclingnews', cyclingnews)).toBe('Mavi Garcia hit by own team car on gravel stage');
	});

	it('leaves out wire services in parentheses and trailing addresses, German and English', () => {
		expect(withoutOutletSuffix('Streik bei der Bahn vorerst beendet (dpa)')).toBe('Streik bei der Bahn vorerst beendet');
		expect(withoutOutletSuffix('Merz trifft Macron in Paris (AFP/dpa)')).toBe('Merz trifft Macron in Paris');
		expect(withoutOutletSuffix('Storm hits the Gulf coast (Reuters)')).toBe('Storm hits the Gulf coast');
		expect(withoutOutletSuffix('Vitamin D does not prevent fractures - nejm.org')).toBe('Vitamin D does not prevent fractures');
		expect(withoutOutletSuffix('Neue Regeln für E-Scooter in Berlin - Spiegel.de')).toBe('Neue Regeln für E-Scooter in Berlin');
		// Not a wire service, not an address: part of the headline.
		expect(withoutOutletSuffix('Scholz zur Lage in der Ukraine (Video)')).toBe('Scholz zur Lage in der Ukraine (Video)');
		expect(withoutOutletSuffix('Node 22 ships a new test runner - Node.js')).toBe('Node 22 ships a new test runner - Node.js');
		// Numbers are the headline's, even where the feed's name has them: "(2)" is no outlet of "Outlet 2", "- 11" none of "KARE 11".
		expect(withoutOutletSuffix('Bundesliga: Bayern gewinnt das Topspiel (2)', {feedTitle: 'Outlet 2'})).toBe('Bundesliga: Bayern gewinnt das Topspiel (2)');
		expect(withoutOutletSuffix('Minneapolis officers sentenced to prison - 11', {feedTitle: 'KARE 11'})).toBe('Minneapolis officers sentenced to prison - 11');
		expect(withoutOutletSuffix('Minneapolis officers sentenced to prison - KARE 11', {feedTitle: 'KARE 11'})).toBe('Minneapolis officers sentenced to prison');
		// Too little headline before it: "Streik (dpa)" would be no headline.
		expect(withoutOutletSuffix('Streik (dpa)')).toBe('Streik (dpa)');
	});

	it('keeps names the article does not tie to its outlet', () => {
		const guardian = {feedTitle: 'US politics | The Guardian', url: 'https://www.theguardian.com/us-news/2018/jan/31/a'};
		expect(withoutOutletSuffix('The Democrats’ response to it was worse | Cas Mudde', guardian)).toBe('The Democrats’ response to it was worse | Cas Mudde');
		expect(withoutOutletSuffix('Gipfel in Brüssel - Ergebnisse im Überblick', {feedTitle: 'ZDFheute'})).toBe('Gipfel in Brüssel - Ergebnisse im Überblick');
		expect(outletSuffixStart('Ukraine - Russland - DW', {feedTitle: 'DW'})).toBe('Ukraine - Russland - DW'.length);
	});

	it('gives the aggregator’s copy and the outlet’s own report the same headline words, and the outlet’s name no feature', async () => {
		const googleNews = await fixtureArticles('googlenews-top-2022-07-28.rss');
		const copy = googleNews.find((article) => article.title.startsWith('Gravitas: Out-of-control Chinese rocket'))!;
		const own: Article = {...copy, uid: 'wion-1', feedTitle: 'WION', feedUrl: 'https://wion.example/feed', url: 'https://www.wionews.com/world/gravitas-rocket', title: 'Gravitas: Out-of-control Chinese rocket to crash on earth', summary: '', content: ''};
		const wordsOf = (article: Article) => headlineWords(articleFeatures(article)).sort();
		expect(wordsOf(copy)).toEqual(wordsOf(own));
		expect(wordsOf(copy)).toContain('gravitas');
		expect(wordsOf(copy)).not.toContain('wion');
	});
});
