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
