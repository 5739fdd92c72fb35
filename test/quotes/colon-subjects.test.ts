// Who speaks a quote introduced by a colon: the subject of the clause that ends in the colon, also a name the word lists do not know (sentences written for the rules).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {speakerIn} from './checked-quotes.js';

describe('a capitalised pair after a pronoun or with a person\'s apposition is a name', () => {
	it('German: "sieht es Vorname Name …:" — the pair after the pronoun is the subject, who speaks the quote', () => {
		const text = 'Zinsen\n\n„Die Lage bleibt schwierig“, sagte Klaus Meier von der Sparkasse. Ähnlich sieht es Odo Brakel vom Verband der Händler: „Wir erwarten keine schnelle Wende.“';
		expect(speakerIn(text, 'de', 'keine schnelle Wende')).toBe('Odo Brakel');
		expect(analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name)).toContain('Odo Brakel');
	});

	it('German: "auch Vorname Name, der/die <Rolle> …" — the apposition makes the pair a person', () => {
		const text = 'Fusion\n\n„Wir sind froh über den Abschluss“, sagte Klaus Meier. In der Mitteilung kam auch Ilvy Varga, die Sprecherin des Betriebsrats, zu Wort: „Für die Belegschaft ändert sich wenig.“';
		expect(speakerIn(text, 'de', 'ändert sich wenig')).toBe('Ilvy Varga');
	});

	it('German: after an article the pair stays a noun phrase, apposition or not', () => {
		const text = 'Stadtrat\n\nIn der Stadt Leipzig, die Bürgermeisterin war verreist, tagte der Rat.';
		const names = analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name);
		expect(names).not.toContain('Stadt Leipzig');
	});

	it('German: a front field with an article stays the subject though a named person follows the verb', () => {
		const text = 'Streit\n\n„Die Lage bleibt schwierig“, sagte Klaus Meier. Die Gewerkschaft der Händler kritisiert Odo Brakel scharf: „Er hat die Belegschaft getäuscht.“';
		expect(speakerIn(text, 'de', 'Belegschaft getäuscht')).toContain('Gewerkschaft');
	});
});
