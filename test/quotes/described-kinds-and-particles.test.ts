// A description of a kind of person ("die Politikerin", "der 48-Jährige") means the person named before whatever office they hold; a foreign name particle in German text joins the name whatever the given name (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const quotes = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes;

describe('German: a particle that is no German word joins a name whatever its given name', () => {
	it('reads "Kjell de Vries" (unknown given name) as one person and gives the quote after "der 51-Jährige" to him', () => {
		const text = 'Reise\n\nKjell de Vries kennt das aus eigener Erfahrung. Seit Jahren fährt der Ingenieur nur noch Bahn. „Ich vermisse das Fliegen nicht“, erzählt der 51-Jährige.';
		const direct = quotes(text, 'de').find((quote) => quote.kind === 'direct');
		expect(direct?.speaker).toBe('Kjell de Vries');
	});

	it('keeps "van" and "dos" too, but not the German words "von", "da", "du"', () => {
		const people = analyzeQuotes('Bericht\n\nAnouk van Wetering sagte, die Lage sei ruhig. Tiago dos Anjos sagte, man warte ab.', {language: 'de'}).people.map((person) => person.name);
		expect(people).toContain('Anouk van Wetering');
		expect(people).toContain('Tiago dos Anjos');
		const place = analyzeQuotes('Bericht\n\nBerlin da Capo sei kein Name, sagte Petra Lang.', {language: 'de'}).people.map((person) => person.name);
		expect(place).not.toContain('Berlin da Capo');
	});
});

describe('a description of a kind of person means the person named before, whatever office they hold', () => {
	it('German: "sagte die Politikerin" after "Bundesministerin Petra Lang" is Petra Lang', () => {
		const text = 'Haushalt\n\nBundesministerin Petra Lang verteidigte den Entwurf. „Wir sparen, wo es geht“, sagte sie. Die Schulden seien zu hoch, sagte die Politikerin.';
		const report = quotes(text, 'de').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker).toBe('Petra Lang');
	});

	it('English: "said the economist" after "Central bank governor Helen Ward" is Helen Ward', () => {
		const text = 'Rates\n\nCentral bank governor Helen Ward defended the decision. "We had no choice," she said. Prices were still too high, said the economist.';
		const report = quotes(text, 'en').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker).toBe('Helen Ward');
	});

	it('an office ("die Sprecherin") after a person with another office is still someone else', () => {
		const text = 'Haushalt\n\nBundesministerin Petra Lang verteidigte den Entwurf. „Wir sparen, wo es geht“, sagte sie. Die Schulden seien zu hoch, sagte die Sprecherin.';
		const report = quotes(text, 'de').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker).not.toBe('Petra Lang');
	});
});

describe('German: a quote before an inverted subject that is a description of a person', () => {
	it('"„…“, schmunzelt der neue Landesmeister" is a direct quote of the man named before', () => {
		const text = 'Radsport\n\nThomas Berger gewann das Rennen am Sonntag in Mersch. „Ich fahre morgen mit dem Trikot eine Runde“, schmunzelt der neue Landesmeister.';
		const direct = quotes(text, 'de').find((quote) => quote.kind === 'direct');
		expect(direct?.speaker).toBe('Thomas Berger');
		expect(direct?.cue).toBe('schmunzelt');
	});

	it('a body noun after the verb ("…“, meldet die Behörde") names no person', () => {
		const text = 'Radsport\n\nThomas Berger gewann das Rennen am Sonntag in Mersch. „Die Strecke bleibt bis morgen gesperrt“, meldet die Behörde.';
		const direct = quotes(text, 'de').find((quote) => quote.text.startsWith('Die Strecke'));
		expect(direct?.speaker ?? '').not.toBe('Thomas Berger');
	});
});
