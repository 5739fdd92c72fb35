// A role phrase followed by the holder's name after a comma names that person; w-words never name anyone; "den Angaben zufolge" means the source just reported from (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const quotes = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes;

describe('a role phrase, a comma and a person\'s name: the apposition is the speaker', () => {
	it('also when the role\'s body ends in its short form in brackets ("des Komitees vom Roten Kreuz (IKRK), Lea Wessel,")', () => {
		const text = 'Wien\n\nAußenminister Karl Brenner sprach. Derzeit könne nicht garantiert werden, dass die Systeme sicher seien, warnte die Präsidentin des Internationalen Komitees vom Roten Kreuz (IKRK), Lea Wessel, in Wien.';
		expect(quotes(text, 'de').find((quote) => quote.text.startsWith('Derzeit'))?.speaker).toBe('Lea Wessel');
	});

	it('German: "…, sagt der Leiter des Bauamts, Jonas Reiter." gives the report to Jonas Reiter, not to the office', () => {
		const text = 'Brücke\n\nDie Stadt Lindau hat die Brücke gesperrt. Die Prüfung habe Risse gezeigt, sagt der Leiter des Bauamts, Jonas Reiter. „Wir gehen kein Risiko ein“, sagte er.';
		const found = quotes(text, 'de');
		expect(found.find((quote) => quote.kind === 'indirect')?.speaker).toBe('Jonas Reiter');
		expect(found.find((quote) => quote.kind === 'direct')?.speaker).toBe('Jonas Reiter');
	});

	it('English: "…," said the head of the agency, Jane Holt. gives the quote to Jane Holt', () => {
		const text = 'Bridge\n\nThe city of Lindale closed the bridge. "We take no risks," said the head of the agency, Jane Holt.';
		expect(quotes(text, 'en').find((quote) => quote.kind === 'direct')?.speaker).toBe('Jane Holt');
	});

	it('does not take a name that goes on into a clause of its own ("der Sprecher, Jonas Reiter habe …" is no apposition)', () => {
		const text = 'Brücke\n\nDie Prüfung habe Risse gezeigt, sagte der Sprecher des Bauamts, das Jonas Reiter leitet.';
		const report = quotes(text, 'de').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker ?? '').not.toBe('Jonas Reiter');
	});
});

describe('German w-words open questions and clauses; they name nobody', () => {
	it('"Weshalb es dazu kam, konnte er nicht sagen: „…“" gives the quote to the person named before', () => {
		const text = 'Brand\n\nDer Bürgermeister Bruno Kessler äußerte sich am Abend. Weshalb es dazu kam, konnte er nicht sagen: „Wir wissen es nicht.“';
		const direct = quotes(text, 'de').find((quote) => quote.kind === 'direct');
		expect(direct?.speaker).toBe('Bruno Kessler');
	});

	it('"Wieso …" / "Wofür …" at a sentence start are no speakers either', () => {
		const text = 'Streit\n\nDie Ministerin Petra Lang sprach in Kassel. Wieso die Kosten stiegen, erklärte sie nicht. Wofür das Geld gebraucht werde, sei offen, sagte sie.';
		const people = analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name);
		expect(people).not.toContain('Wieso');
		expect(people).not.toContain('Wofür');
	});
});

describe('"den Angaben zufolge" names no one: it is the source just reported from', () => {
	it('gives a report cued "den Angaben zufolge" to the speaker of the report before, not to "Angaben"', () => {
		const text = 'Unfall\n\nDer Fahrer sei zu schnell gewesen, sagte der Polizeisprecher Jonas Reiter. Die Frau wurde den Angaben zufolge leicht verletzt.';
		const found = quotes(text, 'de');
		const second = found.find((quote) => quote.kind === 'indirect' && quote.text.includes('leicht verletzt'));
		expect(second?.speaker).toBe('Jonas Reiter');
		expect(found.some((quote) => quote.speaker === 'Angaben')).toBe(false);
	});

	it('with no report before, the source noun still names no one', () => {
		const text = 'Unfall\n\nDie Frau wurde den Angaben zufolge leicht verletzt.';
		expect(quotes(text, 'de').some((quote) => quote.speaker === 'Angaben')).toBe(false);
	});
});
