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

describe('the clause ending in the colon names its speaker by a pronoun', () => {
	it('German: "wie sie der Redaktion verraten hat: „…“" — the woman "sie" means, not the last speaker', () => {
		const text = 'Abschied\n\nPetra Wolkenstein hat viele Jahre im Verein gearbeitet. „Sie war immer für alle da“, sagte Klaus Meier. Auch sie selbst lernte viel dabei, wie sie der Zeitung einmal verraten hat: „Ich komme jedes Mal glücklich nach Hause.“';
		expect(speakerIn(text, 'de', 'glücklich nach Hause')).toBe('Petra Wolkenstein');
	});

	it('German: "sie" with a plural verb is no woman ("müssen aber auch sie …:")', () => {
		const text = 'Markt\n\nPetra Wolkenstein leitet den Betrieb. Die Metzger kaufen Fleisch zu. Für die Wurst müssen aber auch sie Fleisch zukaufen: „Die Mengen sind zu groß für uns.“';
		// The rules alone (the ranker may still weigh her as a candidate): no woman is read from this "sie".
		const quote = analyzeQuotes(text, {language: 'de', speakerModel: null}).quotes.find((each) => each.text.includes('Mengen sind zu groß'));
		expect(quote).toBeDefined();
		expect(quote?.speaker).not.toBe('Petra Wolkenstein');
	});

	it('English: "Then she turned to the crowd: "…"" — the woman "she" means', () => {
		const text = 'Rally\n\nMayor Karen Pell arrived late. "We are ready," said Tom Holt. Then she turned to the crowd: "This town will not give up."';
		expect(speakerIn(text, 'en', 'will not give up')).toBe('Karen Pell');
	});
});
