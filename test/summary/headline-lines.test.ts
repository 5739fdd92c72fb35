// Headlines as summary sentences: an aggregator's headline list is not prose, outlets' names and bar labels go, questions and cut titles are left out.

import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {aggregatorLines, headlineText, lineWithoutCredit, lineWithoutGuessedCredit, tellsWhatHappened, titleCredit} from '../../source/analysis/summary/headline-lines.js';
import {summarizeStory, type SummaryArticle} from '../../source/analysis/summary/summarize.js';
import type {Article} from '../../source/model/article.js';
import {fixtureArticles, repoRoot} from '../stories/feed-files.js';

async function googleNewsItem(title: string): Promise<Article> {
	const articles = await fixtureArticles('googlenews-top-2022-07-28.rss');
	const found = articles.find((article) => article.title.startsWith(title));
	if (!found) throw new Error(`no item "${title}"`);
	return found;
}

const asSummaryArticle = (article: Article): SummaryArticle => ({
	uid: article.uid,
	title: article.title,
	summary: article.summary,
	content: article.content,
	language: article.language === 'und' ? 'en' : article.language,
	feedTitle: article.feedTitle,
	url: article.url,
});

describe('an aggregator\'s item', () => {
	it('is told by its list: the other outlets\' lines, without its own headline; any other article is none', async () => {
		const item = await googleNewsItem('Gravitas: Out-of-control Chinese rocket');
		const lines = aggregatorLines(item.title, item.content || item.summary);
		expect(lines).not.toBeNull();
		expect(lines!.some((line) => line.startsWith('Gravitas'))).toBe(false);
		expect(lines).toContain('China closely tracking debris of its most powerful rocket Reuters');
		const prose = (await fixtureArticles('tagesschau-2021-02-18.rss'))[0]!;
		expect(aggregatorLines(prose.title, prose.content || prose.summary)).toBeNull();
	});

	it('a line loses the outlet that ends it only when the outlet is known; a guess is made only where safe', () => {
		expect(titleCredit('Gravitas: Out-of-control Chinese rocket to crash on earth - WION')).toBe('WION');
		expect(lineWithoutCredit('China spacecraft returns amid booster rocket concerns Yahoo! Voices', ['Reuters', 'Yahoo! Voices'])).toEqual({headline: 'China spacecraft returns amid booster rocket concerns', outlet: 'Yahoo! Voices'});
		expect(lineWithoutCredit('China spacecraft returns amid booster rocket concerns Yahoo! Voices', ['Reuters'])).toBeNull();
		expect(lineWithoutGuessedCredit('China closely tracking debris of its most powerful rocket Reuters')).toBe('China closely tracking debris of its most powerful rocket');
		// Title Case, or a name after a preposition at the end: the outlet cannot be told from the headline.
		expect(lineWithoutGuessedCredit('Chinese Rocket Will Crash Into Earth Sunday, Possibly Into a Populated Community The Daily Beast')).toBeNull();
		expect(lineWithoutGuessedCredit('U.S. offers deal to free Brittney Griner and Paul Whelan from Russia CBS News')).toBeNull();
	});

	it('guessing the outlet at a line\'s end is right far more often than wrong on the bundled one-outlet snapshots', () => {
		const folder = path.join(repoRoot, 'feeds', 'snapshots');
		let right = 0;
		let wrong = 0;
		for (const file of readdirSync(folder).filter((name) => /^gn-.*\.xml$/u.test(name))) {
			const xml = readFileSync(path.join(folder, file), 'utf8');
			const outlet = /<channel><title>([^<]*)<\/title>/u.exec(xml)?.[1];
			if (!outlet) continue;
			for (const match of xml.matchAll(/<item><title>([^<]*)<\/title>/gu)) {
				const title = match[1]!.replace(/&quot;/gu, '"').replace(/&#x27;/gu, "'").replace(/&amp;/gu, '&');
				const guess = lineWithoutGuessedCredit(`${title} ${outlet.replace(/&amp;/gu, '&')}`);
				if (guess === title) right++;
				else if (guess !== null) wrong++;
			}
		}
		expect(right).toBeGreaterThanOrEqual(60);
		expect(wrong * 20).toBeLessThanOrEqual(right);
	});
});

describe('a headline as a summary sentence', () => {
	it('loses its outlet\'s name and the labels set apart by bars, before or after it', () => {
		expect(headlineText("'Leave it to Beaver' actor Tony Dow dies at 77 | USA TODAY", {feedTitle: 'USA TODAY'})).toBe("'Leave it to Beaver' actor Tony Dow dies at 77");
		expect(headlineText("Opinion | Pelosi's visit to Taiwan shouldn't be dissuaded by China")).toBe("Pelosi's visit to Taiwan shouldn't be dissuaded by China");
		expect(headlineText('Signs of the Times | Protestors fight for their side at Indiana statehouse')).toBe('Protestors fight for their side at Indiana statehouse');
		expect(headlineText('Neil Patrick Harris On Getting A Glimpse Of Today\'s Dating Scene In Show “Uncoupled” | The View')).toBe('Neil Patrick Harris On Getting A Glimpse Of Today\'s Dating Scene In Show “Uncoupled”');
		// Two long parts: both are the headline.
		const both = 'Riders Left In The Dust On The Gravel | Tour De France Femmes avec Zwift 2022 Stage 4 Highlights';
		expect(headlineText(both)).toBe(both);
	});

	it('a question, or a title its feed cut inside a quotation, tells nothing that happened', () => {
		expect(tellsWhatHappened('Confused by the huge Mega Millions prize?')).toBe(false);
		expect(tellsWhatHappened("What’s the future of the International Space Station?")).toBe(false);
		expect(tellsWhatHappened('Now should I worry about monkeypox? Our medical analyst explains')).toBe(false);
		expect(tellsWhatHappened('Ukraine war: what we know on day 150 of the invasion')).toBe(true);
		expect(tellsWhatHappened("Meta's Quest 2 Headset Price Hike Leaves Analyst Worried About The Gear Losing 'Critical Competitive Adva")).toBe(false);
		expect(tellsWhatHappened("US offers 'merchant of death' in exchange for Griner, Whelan")).toBe(true);
		expect(tellsWhatHappened("Tony Dow, 'Leave It to Beaver' star, dead at 77, son confirms: 'He is in a better place'")).toBe(true);
		expect(tellsWhatHappened("Britney Can Skip Deposition by Dad's Lawyers, Judge Rules")).toBe(true);
	});
});

describe('the summary of a story made of aggregator items and headline-only reports', () => {
	it('an aggregator item alone: its listed headlines without outlets, never a line with its outlet run on', async () => {
		const item = await googleNewsItem('Gravitas: Out-of-control Chinese rocket');
		const summary = summarizeStory([asSummaryArticle(item)], 'Gravitas: Out-of-control Chinese rocket to crash on earth');
		expect(summary).not.toBe('');
		for (const outlet of ['Yahoo!', 'Reuters', 'Gizmodo', 'The Daily Beast', 'Google News']) expect(summary).not.toContain(outlet);
	});

	it('with the outlets\' own reports: their headlines, cleaned, and no question', async () => {
		const item = await googleNewsItem('Russia tells NASA space station pullout');
		const report = (uid: string, title: string, feedTitle: string): SummaryArticle => ({uid, title, summary: '', content: '', language: 'en', feedTitle});
		const articles = [
			asSummaryArticle(item),
			report('b', 'Russia says it will withdraw from the International Space Station after 2024', 'CBS News'),
			report('c', 'What’s the future of the International Space Station?', 'Al Jazeera English'),
			report('d', 'NASA hopes to keep ISS operating despite Russia pullout threat | The Washington Post', 'The Washington Post'),
		];
		const summary = summarizeStory(articles, 'Russia tells NASA space station pullout less imminent than indicated earlier');
		expect(summary).toContain('Russia says it will withdraw from the International Space Station after 2024.');
		expect(summary).not.toContain('?');
		expect(summary).not.toContain('| The Washington Post');
		expect(summary).not.toContain('Reuters');
	});
});
