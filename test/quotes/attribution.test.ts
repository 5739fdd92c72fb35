// Speaker attribution rules: organisations, pronouns after dialogue, German role cases, unnamed group sources, headline quotes (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {nominativeRoleDe} from '../../source/analysis/people/role-case.js';
import type {Quote} from '../../source/model/quote.js';

function quotes(text: string, language: 'de' | 'en'): Quote[] {
	const result = analyzeQuotes(text, {language});
	for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	return result.quotes;
}

const find = (list: Quote[], fragment: string) => list.find((quote) => quote.text.includes(fragment));

describe('German roles in the nominative singular', () => {
	it('undoes genitive and dative endings of role nouns and their adjectives', () => {
		expect(nominativeRoleDe('des Kreml-Sprechers')).toBe('Kreml-Sprecher');
		expect(nominativeRoleDe('dem US-amerikanischen Staatschef')).toBe('US-amerikanischer Staatschef');
		expect(nominativeRoleDe('des früheren Präsidenten')).toBe('früherer Präsident');
		expect(nominativeRoleDe('der Experten')).toBe('Experte');
		expect(nominativeRoleDe('der neuen Außenministerin')).toBe('neue Außenministerin');
		expect(nominativeRoleDe('dem Vorsitzenden der Partei')).toBe('Vorsitzender der Partei');
		expect(nominativeRoleDe('Vorsitzende', 'die')).toBe('Vorsitzende');
	});

	it('leaves roles already in the nominative as they are', () => {
		for (const role of ['Kreml-Sprecher', 'US-Verteidigungsminister', 'Bundeskanzler', 'Außenministerin', 'Staatsanwalt']) expect(nominativeRoleDe(role)).toBe(role);
	});

	it('reports the role of a person met in an oblique case in the nominative', () => {
		const text = 'Selenskyj telefonierte mit dem US-amerikanischen Staatschef Donald Trump. Trump sagte, das Gespräch sei gut gewesen.';
		const quote = find(quotes(text, 'de'), 'das Gespräch sei gut');
		expect(quote?.speaker).toBe('Donald Trump');
		expect(quote?.role).toBe('US-amerikanischer Staatschef');
		const peskow = find(quotes('Die Worte des Kreml-Sprechers Dmitri Peskow waren deutlich. Peskow sagte, Moskau sei bereit.', 'de'), 'Moskau sei bereit');
		expect(peskow?.role).toBe('Kreml-Sprecher');
	});

	it('reads a role after "nach Angaben" as a role, not as a name', () => {
		const quote = find(quotes('Nach Angaben des US-amerikanischen Staatschefs sei das Gespräch gut gewesen.', 'de'), 'Gespräch gut');
		expect(quote?.speaker).not.toBe('US-amerikanischen');
		expect(quote?.role).toBe('US-amerikanischer Staatschef');
	});
});

describe('he/she after two people spoke', () => {
	it('takes the person whose given name fits the pronoun, not the last speaker', () => {
		const text = 'John Carter spoke after Mary Lewis. "We are ready," Lewis said. He said the plan was sound.';
		expect(find(quotes(text, 'en'), 'the plan was sound')?.speaker).toBe('John Carter');
		const she = quotes('Emma Stone met David Walsh in Paris. Walsh said the deal was done. She said it was not.', 'en');
		expect(find(she, 'it was not')?.speaker).toBe('Emma Stone');
	});

	it('reads gender from titles, which are no part of the name', () => {
		const found = quotes('Mr Hartley and Ms Osei met on Monday. "We made progress," Hartley said. "It is not enough," Osei said. He added that talks would continue.', 'en');
		expect(find(found, 'We made progress')?.speaker).toBe('Hartley');
		expect(find(found, 'talks would continue')?.speaker).toBe('Hartley');
		const german = quotes('Frau Lindner und Herr Kowalczyk diskutierten. Kowalczyk sagte, das sei Unsinn. Sie widersprach: „Das stimmt nicht.“', 'de');
		expect(find(german, 'Das stimmt nicht')?.speaker).toBe('Lindner');
	});

	it('reads gender from a kinship word before the name', () => {
		const found = quotes('Peter Novak and his wife, Dana Novak, lost their farm in the flood. Novak said the insurer had refused to pay. "We have nothing left," she said.', 'en');
		expect(find(found, 'We have nothing left')?.speaker).toBe('Dana Novak');
	});

	it('prefers the last speaker when both fit the pronoun', () => {
		const text = 'Tom Brady answered Sarah Palin. "He should apologise," Palin said. "I will not," Brady replied. He said the criticism was unfair.';
		expect(find(quotes(text, 'en'), 'criticism was unfair')?.speaker).toBe('Tom Brady');
		const german = quotes('Friedrich Merz und Saskia Esken stritten im Bundestag. „Das ist falsch“, sagte Esken. Er entgegnete, die Zahlen seien eindeutig.', 'de');
		expect(find(german, 'Das ist falsch')?.speaker).toBe('Saskia Esken');
		expect(find(german, 'Zahlen seien eindeutig')?.speaker).toBe('Friedrich Merz');
	});
});
