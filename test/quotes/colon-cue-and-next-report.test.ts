// A quote opened after a colon cue keeps that cue, and the next sentence's report stays a report of its own; a one-word name that spoke is the person a following he/she means (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const quotes = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes;

describe('a colon cue\'s quote is not swallowed by the next sentence\'s report', () => {
	it('German: „…“ after "X sagte:" keeps "sagte"; "Er fügte hinzu, … sei …" is one indirect quote of its own', () => {
		const text = 'Hafen\n\nDie Bürgermeisterin Jana Holt sagte: „Wir öffnen den Hafen im Mai.“ Sie fügte hinzu, die Arbeiten seien fast fertig.';
		const found = quotes(text, 'de');
		const direct = found.find((quote) => quote.kind === 'direct');
		expect(direct?.text).toBe('Wir öffnen den Hafen im Mai.');
		expect(direct?.cue).toBe('sagte');
		expect(direct?.speaker).toBe('Jana Holt');
		const reports = found.filter((quote) => quote.kind === 'indirect');
		expect(reports.map((quote) => quote.text)).toEqual(['die Arbeiten seien fast fertig']);
		expect(reports[0]?.cue).toBe('fügte … hinzu');
		expect(reports[0]?.speaker).toBe('Jana Holt');
	});

	it('German: a Konjunktiv II report after the colon-cued quote ("Er ergänzte, man hätte …") is no tail of that quote either', () => {
		const text = 'Bahn\n\nDer Sprecher Ole Brandt erklärte: „Der Zug fällt aus.“ Er ergänzte, man hätte früher warnen müssen.';
		const found = quotes(text, 'de');
		expect(found.find((quote) => quote.kind === 'direct')?.cue).toBe('erklärte');
		const reports = found.filter((quote) => quote.kind === 'indirect');
		expect(reports).toHaveLength(1);
		expect(reports[0]!.text.startsWith('man hätte')).toBe(true);
		expect(reports[0]!.text).not.toContain('Der Zug');
	});

	it('English: "X said: "…" He added that …" gives the direct quote the cue "said" and one report cued "added"', () => {
		const text = 'Harbour\n\nMayor Jane Holt said: "We will open the harbour in May." She added that the works were almost finished.';
		const found = quotes(text, 'en');
		const direct = found.find((quote) => quote.kind === 'direct');
		expect(direct?.cue).toBe('said');
		expect(direct?.speaker).toBe('Jane Holt');
		const reports = found.filter((quote) => quote.kind === 'indirect');
		expect(reports.map((quote) => quote.text)).toEqual(['the works were almost finished']);
		expect(reports[0]?.cue).toBe('added');
	});

	it('still joins a short cue sentence that only names the speaker to the quote before it ("…" Holt said.)', () => {
		const text = 'Harbour\n\nMayor Jane Holt was pleased on Monday. "We will open the harbour in May." Holt said.';
		const direct = quotes(text, 'en').find((quote) => quote.kind === 'direct');
		expect(direct?.speaker).toBe('Jane Holt');
		expect(direct?.cue).toBe('said');
	});
});

describe('a one-word name that has just spoken is whom a following he/she means', () => {
	it('German: "Brandt sagte: „…“ Er fügte hinzu, …" gives the report to Brandt', () => {
		const text = 'Hafen\n\nBrandt sagte: „Wir öffnen den Hafen im Mai.“ Er fügte hinzu, die Arbeiten seien fast fertig.';
		const report = quotes(text, 'de').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker).toBe('Brandt');
	});

	it('English: "Holt said: "…" She added that …" gives the report to Holt', () => {
		const text = 'Harbour\n\nHolt said: "We will open the harbour in May." She added that the works were almost finished.';
		const report = quotes(text, 'en').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker).toBe('Holt');
	});

	it('does not hand he/she to a one-word name that did not speak', () => {
		const text = 'Harbour\n\nNordhafen opened a new quay on Monday. He added that the works were almost finished.';
		const report = quotes(text, 'en').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker ?? '').toBe('');
	});
});

describe('a colon cue with nobody to name still gives the quote its verb', () => {
	it('English: "He said: "…"" at the start of an article keeps the cue "said", with no speaker', () => {
		const direct = quotes('Front\n\nHe said: "We need more air defence now."', 'en').find((quote) => quote.kind === 'direct');
		expect(direct?.cue).toBe('said');
		expect(direct?.speaker).toBe('');
	});

	it('German: "Er sagte: „…“" likewise keeps "sagte"', () => {
		const direct = quotes('Front\n\nEr sagte: „Wir brauchen jetzt mehr Luftabwehr.“', 'de').find((quote) => quote.kind === 'direct');
		expect(direct?.cue).toBe('sagte');
		expect(direct?.speaker).toBe('');
	});
});
