// A paragraph opening with an elided year or word is no quote ("'90s kids …", "'Cause …"), and a German body named by its noun and its seat after the speech verb is the body ("teilte die Polizei Leipzig mit") (review V15 #6, #7; sentences written for the rules).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {findQuoteSpans} from '../../source/analysis/quotes/marks.js';
import {quotes, speakerOf} from './checked-quotes.js';

describe('a single ASCII mark opening a paragraph before a digit or a common elision is an apostrophe', () => {
	const spans = (text: string) => findQuoteSpans(text).map((span) => text.slice(span.innerStart, span.innerEnd));

	it('makes no quote of a paragraph opening with an elided year', () => {
		const later = "Nostalgia\n\n'90s kids remember when Britain's music scene was different. It's said that every town had a band and that 'the music was better'.";
		expect(spans(later).some((span) => span.includes('kids remember'))).toBe(false);
		const next = "Nostalgia\n\n'90s kids remember when Britain's music scene was different. It's said that every town had a band.\n\n'We played every night,' one singer said.";
		expect(spans(next).some((span) => span.includes('kids remember'))).toBe(false);
		expect(spans(next)).toContain('We played every night');
	});

	it("makes no quote of a paragraph opening with 'cause, 'em or 'twas", () => {
		for (const opening of ["'Cause nobody told them, the fans kept queuing outside.", "'Em and us, the old slogan went, and it's still on the wall.", "'Twas the night before the final, and nobody could sleep."]) {
			const text = `Fans\n\n${opening}\n\n'We never minded the wait,' one fan said.`;
			expect(spans(text), opening).toEqual(['We never minded the wait']);
		}
	});

	it('still opens a quote at a paragraph that starts with a number (review V16 0a)', () => {
		for (const [opening, words] of [["'20 people have died and many more are missing,' the mayor said.", '20 people have died'], ["'15 per cent of the money never reached the schools,' the report's author told the BBC.", '15 per cent of the money']] as const) {
			const text = `Floods\n\nThe river rose overnight.\n\n${opening}`;
			expect(spans(text).some((span) => span.startsWith(words)), opening).toBe(true);
		}
	});

	it('still opens a quote at a paragraph that starts with a quoted word', () => {
		const text = "Talks\n\nThe minister said: 'We are close to a deal. The unions know it and so do we, and the next days will show whether the last gaps can be closed.'";
		expect(spans(text).some((span) => span.startsWith('We are close'))).toBe(true);
	});
});

describe('a German body named by its noun and its seat after the speech verb', () => {
	it('is the body, as when it opens the sentence ("teilte die Polizei Leipzig mit")', () => {
		const police = 'Einbruch\n\nIn der Nacht wurde in ein Juweliergeschäft eingebrochen. Die Täter seien flüchtig, teilte die Polizei Leipzig mit.';
		expect(speakerOf(quotes(police, 'de'), 'Täter seien')).toBe('Polizei Leipzig');
		const court = 'Urteil\n\nDer Vermieter muss die Kaution zurückzahlen. Die Klausel sei unwirksam, urteilte das Landgericht Berlin.';
		expect(speakerOf(quotes(court, 'de'), 'Klausel sei')).toBe('Landgericht Berlin');
	});

	it('names a firm by its name, not by its noun and name ("teilte der Konzern Siemens mit"; review V16 0b)', () => {
		const firm = 'Zahlen\n\nDer Konzern legte am Morgen seine Bilanz vor. Der Umsatz sei deutlich gestiegen, teilte der Konzern Siemens mit.';
		expect(speakerOf(quotes(firm, 'de'), 'Umsatz sei')).toBe('Siemens');
		const cars = 'Autos\n\nDie Auslieferungen fielen im Quartal. Die Nachfrage ziehe wieder an, erklärte das Unternehmen Tesla am Dienstag.';
		expect(speakerOf(quotes(cars, 'de'), 'Nachfrage ziehe')).toBe('Tesla');
	});

	it('takes a weekday with its time of day after the body for a time, not a seat or a name ("sagte die Polizei Sonntagabend"; review V16 0b)', () => {
		const fire = 'Brand\n\nIn der Innenstadt brannte ein Lagerhaus. Verletzt wurde niemand, sagte die Polizei Sonntagabend. Der Schaden sei hoch, teilte die Feuerwehr Freitagnacht mit.';
		const found = quotes(fire, 'de');
		// The body as "sagte die Polizei." alone names it.
		expect(speakerOf(found, 'Verletzt wurde')).toBe('Polizei');
		expect(speakerOf(found, 'Schaden sei')).toBe('Feuerwehr');
		expect(analyzeQuotes(fire, {language: 'de'}).people.map((person) => person.name)).not.toContain('Sonntagabend');
		// A surname that is a season or a weekday stays the name.
		const union = 'Tarif\n\nDie Gespräche gehen weiter. Eine Einigung sei nahe, sagte DGB-Chef Michael Sommer.';
		expect(speakerOf(quotes(union, 'de'), 'Einigung sei')).toBe('Michael Sommer');
	});

	it('is the same body as the town adjective names ("die Leipziger Polizei")', () => {
		const both = 'Einbruch\n\nIn der Nacht wurde in ein Juweliergeschäft eingebrochen. Die Täter seien flüchtig, teilte die Polizei Leipzig mit. Hinweise nehme jede Dienststelle entgegen, erklärte die Leipziger Polizei.';
		const found = quotes(both, 'de');
		expect(speakerOf(found, 'Täter seien')).toBe('Polizei Leipzig');
		expect(speakerOf(found, 'Hinweise nehme')).toBe('Polizei Leipzig');
	});
});
