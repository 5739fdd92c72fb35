import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../source/analysis/summary/sentences.js';
import {summarizeStory, type SummaryArticle} from '../../source/analysis/summary/summarize.js';

const report = (uid: string, title: string, content: string, language = 'en'): SummaryArticle => ({uid, title, summary: '', content, language});

describe('sentences', () => {
	const text = 'Erster Satz über Kiew. Zweiter Satz mit Dr. Müller und 3,5 Prozent.\n\nDritter Satz im nächsten Absatz. Vierter Satz!';

	it('splits German text into sentences, abbreviations and decimals kept inside', () => {
		expect(splitSentences(text, 'de')).toEqual([
			'Erster Satz über Kiew.',
			'Zweiter Satz mit Dr. Müller und 3,5 Prozent.',
			'Dritter Satz im nächsten Absatz.',
			'Vierter Satz!',
		]);
	});

	it('gives the first sentences only when asked for a limit, the same as the full split begins with', () => {
		expect(splitSentences(text, 'de', 3)).toEqual(splitSentences(text, 'de').slice(0, 3));
		expect(splitSentences(text, 'de', 1)).toEqual(['Erster Satz über Kiew.']);
	});
});

describe('story summaries', () => {
	const reports = [
		report('a', 'Ceasefire agreed in Zorblax', 'Both sides agreed to a ceasefire in Zorblax on Monday after talks in Geneva. The local football club won its match. Talks had lasted three weeks.'),
		report('b', 'Zorblax truce', 'A ceasefire in Zorblax was agreed on Monday after talks in Geneva, officials said. Prices of bread rose in the capital.'),
		report('c', 'Geneva talks end', 'After talks in Geneva, both sides agreed on Monday to a ceasefire in Zorblax. Aid convoys are expected to move on Tuesday.'),
	];

	it('leads with what several reports say, once, not with one outlet\'s detail', () => {
		const summary = summarizeStory(reports, 'Ceasefire agreed in Zorblax');
		const sentences = splitSentences(summary);
		expect(sentences.length).toBeGreaterThanOrEqual(1);
		expect(sentences.length).toBeLessThanOrEqual(3);
		expect(sentences[0]).toMatch(/ceasefire in Zorblax/i);
		// The three reports' versions of the same sentence are near-duplicates: only one is taken.
		expect(sentences.filter((sentence) => /ceasefire/i.test(sentence))).toHaveLength(1);
		expect(summary).not.toMatch(/football/);
	});

	it('falls back to the other outlets\' headlines when the reports carry no text', () => {
		const headlines = [
			report('a', 'Ceasefire agreed in Zorblax after Geneva talks', ''),
			report('b', 'Zorblax ceasefire: Geneva talks end with a truce', ''),
		];
		expect(summarizeStory(headlines, 'Ceasefire agreed in Zorblax after Geneva talks')).toBe('Zorblax ceasefire: Geneva talks end with a truce.');
	});
});

describe('a summary of aggregator items', () => {
	it('does not open with an item\'s own title repeated in its text with a full stop', () => {
		const title = 'Nearly 800,000 monkeypox vaccine doses shipped - The New York Times';
		const items = [
			report('a', title, `${title}. The federal government will send 786,000 more doses of the monkeypox vaccine to states this week. Cities had asked for more.`),
			report('b', 'Monkeypox vaccine doses to be shipped', 'The federal government will send 786,000 more monkeypox vaccine doses to states and cities this week, officials said.'),
		];
		const summary = summarizeStory(items, 'Nearly 800,000 monkeypox vaccine doses shipped');
		expect(summary).toMatch(/786,000/);
		expect(summary).not.toContain('The New York Times');
	});

	it('made of headlines only, does not repeat the story\'s headline with its outlet after it', () => {
		const headline = 'U.S. to Distribute 800,000 Doses of Monkeypox Vaccine';
		const items = [
			report('a', `${headline} - The New York Times`, ''),
			report('b', 'Nearly 800000 more monkeypox vaccine doses to be available in U.S.', ''),
			report('c', 'Monkeypox vaccine distribution stumbles as U.S. leads world in cases', ''),
		];
		const summary = summarizeStory(items, headline);
		expect(summary).toMatch(/Nearly 800000 more monkeypox vaccine doses/);
		expect(summary).not.toContain('The New York Times');
	});
});

