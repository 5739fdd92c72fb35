// Reported speech after verbs of saying in forms the lexicon lacked: separable verbs joined in a subordinate clause, plural present.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {Quote} from '../../source/model/quote.js';

function indirect(text: string, language: 'de' | 'en'): Quote[] {
	const result = analyzeQuotes(text, {language});
	for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	return result.quotes.filter((quote) => quote.kind === 'indirect');
}

describe('a sentence opening "Wie X mitteilt," / "As X said,"', () => {
	it('reports the main clause after it, spoken by the whole name after "wie" (German, joined separable verbs)', () => {
		const de = indirect('Titel\n\nWie die Bundesagentur für Arbeit auf Anfrage mitteilt, werden die Zahlen erst mit Verspätung erfasst.', 'de');
		expect(de.map((quote) => [quote.text, quote.speaker])).toEqual([['werden die Zahlen erst mit Verspätung erfasst', 'Bundesagentur für Arbeit']]);
		const angab = indirect('Titel\n\nWie die Polizei angab, wurde bei dem Unfall niemand verletzt.', 'de');
		expect(angab.map((quote) => quote.text)).toEqual(['wurde bei dem Unfall niemand verletzt']);
	});

	it('reports the main clause after it (English)', () => {
		const en = indirect('Title\n\nAs the Federal Agency for Labour said on request, the figures are recorded months late.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['the figures are recorded months late']);
	});
});

describe('separable verbs of saying in the plural', () => {
	it('report a dass clause ("merken an")', () => {
		const de = indirect('Börse\n\nDer Dax gab leicht nach. Die Analysten der Großbank Globex merken aber an, dass es sich nur um eine Atempause handele.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['dass es sich nur um eine Atempause handele']);
	});

	it('report nothing without a clause', () => {
		expect(indirect('Titel\n\nDer Mann merkte nichts an, als er ging.', 'de')).toEqual([]);
		expect(indirect('Title\n\nThe man noted nothing as he left the room.', 'en')).toEqual([]);
	});
});

describe('a verb of saying with an object instead of a clause', () => {
	it('reports nothing ("warned his supporters against complacency" / "warnte seine Anhänger vor …")', () => {
		expect(indirect('Title\n\nHe warned his supporters against complacency and then left.', 'en')).toEqual([]);
		expect(indirect('Titel\n\nEr warnte seine Anhänger vor Selbstzufriedenheit und reiste dann ab.', 'de')).toEqual([]);
	});

	it('still reports a that-less clause whose verb has no auxiliary', () => {
		expect(indirect('Title\n\nCritics argued the plan\'s cost shortchanges public schools.', 'en').map((quote) => quote.text)).toEqual(['the plan\'s cost shortchanges public schools']);
		expect(indirect('Title\n\nTrump has argued this constituted a theft.', 'en').map((quote) => quote.text)).toEqual(['this constituted a theft']);
	});
});
