// Capitals that are not names: Title-Case headlines, German sentence openers, amounts and outlet acronyms stay out of the people list.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {isGermanPhraseOpener, isTitleCaseLine} from '../../source/analysis/people/name-evidence.js';
import {tokensOf} from '../../source/analysis/quotes/text-units.js';

function people(text: string, language: 'de' | 'en'): string[] {
	return analyzeQuotes(text, {language}).people.map((person) => person.name);
}

function line(text: string) {
	return tokensOf(text, 0, text.length);
}

describe('Title-Case lines', () => {
	it('are told from sentence case and from prose full of names', () => {
		expect(isTitleCaseLine(line('Lawyers Sue Retail Chain Over Unpaid Wages'))).toBe(true);
		expect(isTitleCaseLine(line('Startup Working with Cloudflare To Speed Up Service'))).toBe(true);
		expect(isTitleCaseLine(line('Russia says it will withdraw from the space station'))).toBe(false);
		expect(isTitleCaseLine(line('The Harbour Trust urged the Port Council to act.'))).toBe(false);
		expect(isTitleCaseLine(line('Talks in Geneva'))).toBe(false);
	});

	it('give a name only where the body capitalises it too or a known given name opens it', () => {
		const names = people('Globex Retail Sues Online Stores Selling Fake Watches\n\nOn Monday Globex Retail filed a lawsuit against seven online stores.', 'en');
		expect(names).not.toContain('Globex Retail Sues Online Stores');
		expect(names).not.toContain('Selling Fake Watches');
		expect(names).toEqual(['Globex Retail']);
		const given = people('Charles Brandow Gives Blunt Take On Trade\n\nThe trade was announced on Monday.', 'en');
		expect(given).toContain('Charles Brandow');
		expect(given).not.toContain('Charles Brandow Gives');
		expect(people('Men Should Reduce Salt, Doctors Have Advised\n\nA new study looked at salt.', 'en')).toEqual([]);
	});

	it('leave names in sentence-case lines alone', () => {
		expect(people('Talks stall as Mira Castell leaves Geneva\n\nMira Castell said nothing.', 'en')).toContain('Mira Castell');
	});
});

describe('acronyms after a written-out name', () => {
	it('start something else: an outlet after a headline is not part of the name', () => {
		const names = people('US offers deal for Griner and Paul Whelan\n\nUS offers exchange for Griner, Whelan CNN', 'en');
		expect(names).toContain('Paul Whelan');
		expect(names).not.toContain('Whelan CNN');
	});

	it('still begin names of their own ("Siemens AG" keeps Siemens, "UN Secretary" roles untouched)', () => {
		expect(people('Die Firma Siemens Energy meldet Gewinn. Siemens Energy AG bestätigte das.', 'de')).toContain('Siemens Energy');
	});
});

describe('German noun phrases opening a sentence', () => {
	it('know adjectives, quantifiers and number words from names', () => {
		for (const word of ['Schwere', 'Weitere', 'Tausende', 'Zwei', 'Fällige', 'Ungewisse', 'Genaue', 'Geplante']) {
			expect(isGermanPhraseOpener(line(word)[0]!)).toBe(true);
		}
		for (const word of ['Heike', 'Merkel', 'Schulte', 'Fischer', 'Mette']) {
			expect(isGermanPhraseOpener(line(word)[0]!)).toBe(false);
		}
	});

	it('are no people, nor are amounts after a number', () => {
		const names = people('Schwere Vorwürfe gegen Kliniken\n\nWeitere Briefbombe entdeckt. Zwei Rücktritte folgten. Der Bund zahlt fünf Milliarden Euro. Belarus: Zwei Jahre Haft für Reporterinnen.', 'de');
		for (const junk of ['Schwere Vorwürfe', 'Weitere Briefbombe', 'Zwei Rücktritte', 'Milliarden Euro', 'Jahre Haft']) expect(names).not.toContain(junk);
	});

	it('are no people where a number word or quantifier opens them, also inside a sentence', () => {
		const names = people('Urteil in Minsk\n\nZwei Reporterinnen des Senders Belsat sind verurteilt worden. Der Konzern hat Tausende Arbeitsplätze gestrichen, Hunderte Filialen geschlossen.', 'de');
		for (const junk of ['Zwei Reporterinnen', 'Tausende Arbeitsplätze', 'Hunderte Filialen']) expect(names).not.toContain(junk);
		const {quotes} = analyzeQuotes('Urteil\n\nZwei Reporterinnen des Senders sagten, sie seien unschuldig.', {language: 'de'});
		expect(quotes.find((quote) => quote.text.includes('unschuldig'))?.speaker).toContain('Zwei Reporterinnen');
	});

	it('keep names a sentence opens with, and adjectives the article capitalises inside a sentence', () => {
		expect(people('Heike Hofmann sagte, der Plan sei gut.', 'de')).toContain('Heike Hofmann');
		expect(people('Deutsche Bank meldet Gewinn. Die Aktie der Deutsche Bank stieg.', 'de')).toContain('Deutsche Bank');
	});

	it('do not take a sentence adverb for the speaker ("Zugleich warnte die Ministerin")', () => {
		const {quotes} = analyzeQuotes('Die Ministerin Clara Vogt sprach in Berlin. Allerdings betonte sie, die Lage sei ernst.', {language: 'de'});
		const quote = quotes.find((candidate) => candidate.text.includes('Lage sei ernst'));
		expect(quote?.speaker).toBe('Clara Vogt');
	});
});

describe('English adjectives and quantifiers opening a sentence', () => {
	it('describe the noun after them and name no one ("New research reveals", "More say")', () => {
		const result = analyzeQuotes('Orcas\n\nNew research reveals that orcas can imitate human speech. More say the plan is "doomed".', {language: 'en'});
		expect(result.people.map((person) => person.name)).toEqual([]);
		expect(result.quotes.find((quote) => quote.text.includes('orcas can imitate'))?.speaker).toBe('New research');
		expect(result.quotes.find((quote) => quote.text.includes('the plan is'))?.speaker).toBe('More');
	});

	it('leave a name before a verb alone ("Newman said")', () => {
		const result = analyzeQuotes('Talks\n\nNewman said the talks had failed.', {language: 'en'});
		expect(result.quotes[0]?.speaker).toBe('Newman');
	});
});

describe('quotes listed after a label', () => {
	it('are labels too ("words such as "hello", "one, two" and "bye bye"")', () => {
		const {quotes} = analyzeQuotes('Orcas\n\nThe study found orcas can copy words such as "hello", "one, two" and "bye bye".', {language: 'en'});
		expect(quotes.filter((quote) => quote.kind !== 'indirect')).toEqual([]);
		const de = analyzeQuotes('Orcas\n\nDie Studie zeigt, dass Orcas Wörter wie „hallo“, „eins, zwei“ und „tschüss“ nachahmen.', {language: 'de'});
		expect(de.quotes.filter((quote) => quote.kind !== 'indirect')).toEqual([]);
	});

	it('leave a list of said fragments quotes ("called it "reckless", "cynical" and "wrong"")', () => {
		const {quotes} = analyzeQuotes('Budget\n\nThe minister Jonas Hart called the plan "reckless", "cynical" and "wrong".', {language: 'en'});
		expect(quotes.filter((quote) => quote.kind === 'partial').map((quote) => quote.text)).toEqual(['reckless', 'cynical', 'wrong']);
	});
});
