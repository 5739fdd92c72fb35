// Walk 8's people and quote defects (#179, #186), in made-up text: a rank before a name is its role, a natural place is no speaker, a Title-Case headline's report that names no one is no report.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {mergePeople} from '../../source/analysis/people/merge.js';

describe('#179 an office before a name is the person\'s role, and one person across articles', () => {
	it('German: "Oppositionsführer Karl Brenner" is Karl Brenner with his role, merged with "Karl Brenner, Bundeskanzler"', () => {
		const first = analyzeQuotes('Heizungsgesetz\n\nOppositionsführer Karl Brenner kritisierte das Gesetz: „Das ist ein Fehler.“', {language: 'de'});
		expect(first.quotes[0]?.speaker).toBe('Karl Brenner');
		expect(first.quotes[0]?.role).toBe('Oppositionsführer');
		const second = analyzeQuotes('Kanzler\n\nKarl Brenner, Bundeskanzler, sagte: „Wir ändern das.“', {language: 'de'});
		const merged = mergePeople([first.people, second.people]);
		expect(merged.people.filter((person) => person.name.includes('Brenner')).map((person) => person.name)).toEqual(['Karl Brenner']);
	});

	it('English and the other German offices already read so ("Opposition leader X", "Fraktionschef X", "Ministerpräsident X")', () => {
		expect(analyzeQuotes('Law\n\nOpposition leader Karl Brenner said: "This is a mistake."', {language: 'en'}).quotes[0]?.role).toBe('Opposition leader');
		for (const office of ['Fraktionschef', 'Parteichef', 'Ministerpräsident', 'Fraktionsführer']) {
			const [quote] = analyzeQuotes(`Streit\n\n${office} Karl Brenner sagte: „Nein.“`, {language: 'de'}).quotes;
			expect([quote?.speaker, quote?.role]).toEqual(['Karl Brenner', office]);
		}
	});
});

describe('#186 places and headlines', () => {
	it('a natural place says nothing ("the culture of Lake Village … which suggests"); a person named like one still speaks', () => {
		const text = 'Wild greens\n\nSigns of the use of B. rubra have been found in the culture of Lake Village (Switzerland) which suggests to anthropologists that the use of this plant may go back millennia [5].';
		expect(analyzeQuotes(text, {language: 'en'}).quotes.some((quote) => quote.speaker === 'Lake Village')).toBe(false);
		const bay = analyzeQuotes('Film\n\n"It was a hard shoot," said Michael Bay.', {language: 'en'});
		expect(bay.quotes[0]?.speaker).toBe('Michael Bay');
	});

	it('a Title-Case headline\'s report with no speaker is no report; the body\'s report stays', () => {
		const text = 'Police in Malta Say Arrests Are Complete in the 2017 Murder\n\nThe police in Malta said on Thursday that they had arrested everyone believed to be involved.';
		const reports = analyzeQuotes(text, {language: 'en', title: text.split('\n')[0]!}).quotes.filter((quote) => quote.kind === 'indirect');
		expect(reports.map((quote) => quote.text)).toEqual(['they had arrested everyone believed to be involved']);
	});
});
