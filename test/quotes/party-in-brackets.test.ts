// Brackets after a person's name give the party or body the person belongs to, not a short form of the name: the speaker is the person (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const analysis = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language});

describe('"Given Surname (SHORT)" names a person with a party, not a body', () => {
	it('German: a report and a quote of "Vorname Nachname (PARTEI)" go to the person, listed as a person', () => {
		const text = 'Haushalt\n\nPetra Wolkenstein (SPD) sagte, die Regierung müsse sparen.\n„Wir lehnen das ab“, sagte Thomas Hagemann (FDP).';
		const {people, quotes} = analysis(text, 'de');
		expect(quotes.find((quote) => quote.kind === 'indirect')?.speaker).toBe('Petra Wolkenstein');
		expect(quotes.find((quote) => quote.kind === 'direct')?.speaker).toBe('Thomas Hagemann');
		for (const name of ['Petra Wolkenstein', 'Thomas Hagemann']) {
			const person = people.find((entry) => entry.name === name);
			expect(person).toBeDefined();
			expect(person?.kind).toBeUndefined();
		}
		expect(people.some((entry) => entry.name.includes('('))).toBe(false);
	});

	it('German: a role word before the name makes it a person\'s whatever the given name ("die Abgeordnete Gerda Wolkenstein (SPD)")', () => {
		const text = 'Haushalt\n\nDie Abgeordnete Gerda Wolkenstein (SPD) sagte, die Regierung müsse sparen.';
		expect(analysis(text, 'de').quotes.find((quote) => quote.kind === 'indirect')?.speaker).toBe('Gerda Wolkenstein');
	});

	it('German: a surname the article already knows as a person, with its party in brackets, is still that person', () => {
		const text = 'Haushalt\n\nDer Abgeordnete Petra Wolkenstein kritisierte den Entwurf. „Das ist unseriös“, sagte Wolkenstein (SPD).';
		const direct = analysis(text, 'de').quotes.find((quote) => quote.kind === 'direct');
		expect(direct?.speaker).toBe('Petra Wolkenstein');
	});

	it('English: "Given Surname (SHORT)" after a quote is the person', () => {
		const text = 'Budget\n\n"We will fight this," said Rachel Quillon (SNP).';
		const {people, quotes} = analysis(text, 'en');
		expect(quotes.find((quote) => quote.kind === 'direct')?.speaker).toBe('Rachel Quillon');
		expect(people.find((entry) => entry.name === 'Rachel Quillon')?.kind).toBeUndefined();
	});

	it('still reads a body\'s written-out name with its short form as one organisation', () => {
		const de = analysis('Asyl\n\nDas Bundesamt für Migration und Flüchtlinge (BAMF) teilte mit, die Zahl der Anträge sei gesunken.', 'de');
		expect(de.quotes.find((quote) => quote.kind === 'indirect')?.speaker).toBe('Bundesamt für Migration und Flüchtlinge (BAMF)');
		const en = analysis('Deal\n\nThe Competition and Markets Authority (CMA) said the deal would hurt competition.', 'en');
		expect(en.quotes.find((quote) => quote.kind === 'indirect')?.speaker).toBe('Competition and Markets Authority (CMA)');
	});

	it('keeps a person whose initials are the bracketed letters as the one name ("Anna Maria Kluge (AMK)")', () => {
		const text = 'Kunst\n\nAnna Maria Kluge (AMK) sagte, die Ausstellung sei ein Erfolg.';
		const report = analysis(text, 'de').quotes.find((quote) => quote.kind === 'indirect');
		expect(report?.speaker).toContain('Kluge');
	});
});
