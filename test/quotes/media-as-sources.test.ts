// A German medium as a source or an addressee (fourteenth session): its name in marks is no quote, and a medium named by its kind speaks under its own name (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const quotesOf = (text: string) => analyzeQuotes(text, {language: 'de'}).quotes;
const speakerOf = (text: string, words: string) => quotesOf(text).find((quote) => quote.text.includes(words))?.speaker;

describe('a medium\'s name in marks where grammar puts a source or an addressee is no quote', () => {
	it('"laut „Tagblatt“", "gegenüber der „Rundschau“", "sagte er dem „Kurier“"', () => {
		const texts = [
			'Rücktritt\n\nLaut „Tagblatt“ wird der Minister zurücktreten.',
			'Rücktritt\n\nDas sei ein Fehler gewesen, sagte Anna Berg gegenüber der „Rundschau“.',
			'Rücktritt\n\nDer Minister habe Fehler gemacht, sagte er dem „Kurier am Abend“.',
		];
		for (const text of texts) expect(quotesOf(text).filter((quote) => quote.kind !== 'indirect').map((quote) => quote.text)).toEqual([]);
	});

	it('keeps a partial quote after a verb or an article that is no dative of address ("sprach von der „Zeitenwende“", "das sei „Unsinn“")', () => {
		expect(quotesOf('Rede\n\nDer Kanzler sprach von der „Zeitenwende“.').map((quote) => quote.text)).toContain('Zeitenwende');
		expect(quotesOf('Rede\n\nDas sei „Unsinn“, sagte Anna Berg.').map((quote) => quote.text)).toContain('Unsinn');
	});
});

describe('a medium named by its kind speaks under the name set after the kind', () => {
	it('"laut dem Gastro-Magazin „Feinschmecker“" and later "das Magazin" → "… Feinschmecker"', () => {
		const text = 'Beste Pizza\n\nLaut dem Gastro-Magazin „Feinschmecker“ gibt es die beste Pizza in Ulm. Der Teig sei hervorragend, schreibt das Magazin.';
		expect(speakerOf(text, 'beste Pizza')).toBe('Gastro-Magazin Feinschmecker');
		expect(speakerOf(text, 'Teig sei')).toBe('Magazin Feinschmecker');
	});

	it('"berichtet die Nachrichtenagentur dpa" → "Nachrichtenagentur dpa"; a kind with no name stays as written', () => {
		expect(speakerOf('Wiesn\n\nMehrere Helfer hätten den Mann festgehalten, berichtet die Nachrichtenagentur dpa.', 'Helfer')).toBe('Nachrichtenagentur dpa');
		expect(speakerOf('Wiesn\n\nMehrere Helfer hätten den Mann festgehalten, berichtet die Nachrichtenagentur.', 'Helfer')).toBe('Nachrichtenagentur');
	});
});
