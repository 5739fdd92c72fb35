// German names a body by its noun and its seat ("Landgericht Berlin") and a firm by its trade before its name ("der Zulieferer Continental"): neither is a person (sentences written for the rules).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {quotes, speakerOf} from './checked-quotes.js';

describe('a body named by its noun and its seat ("Landgericht Berlin", "Polizei Rotenburg")', () => {
	const court = [
		'Urteil',
		'',
		'Das Landgericht Berlin sprach den Mann des versuchten Mordes schuldig. Er habe seine Schwägerin töten wollen, sagte die Vorsitzende Richterin am Freitag.',
		'',
		'„Er hat versucht, die Tat zu beenden“, so die Richterin.',
		'',
		'Der Angeklagte hatte gestanden. Warum er zum Haus gegangen sei, wisse er nicht, erklärte der 61-Jährige weiter.',
	].join('\n');

	it('is no person a role description could mean: the judge speaks as the judge', () => {
		const found = quotes(court, 'de');
		expect(speakerOf(found, 'Schwägerin töten')).toBe('die Vorsitzende Richterin');
		expect(speakerOf(found, 'Tat zu beenden')).toBe('die Richterin');
	});

	it('is no person an epithet could mean either ("der 61-Jährige")', () => {
		expect(speakerOf(quotes(court, 'de'), 'Warum er')).not.toContain('Landgericht');
	});

	it('is not what the seat alone means later ("in Köln" is the town, not "Polizei Köln")', () => {
		const text = 'Ermittlungen\n\nDie Polizei Köln ermittelt gegen eine Bande.\n\nUnterdessen verfolgt die Düsseldorfer Polizei die Ermittlungen in Köln aufmerksam. Ein Sprecher sagte, man sei sensibilisiert.';
		expect(speakerOf(quotes(text, 'de'), 'sensibilisiert')).toBe('Ein Sprecher der Polizei Düsseldorf');
	});
});

describe('a firm named after its trade ("der Zulieferer Continental", "der Autobauer Opel")', () => {
	it('is the firm that "das Unternehmen" and "der Konzern" mean later', () => {
		const text = 'Stellenabbau\n\nDer Zulieferer Continental will weitere Stellen streichen. In der Sparte sollen 3.000 Jobs wegfallen, teilte das Unternehmen mit. Laut dem Konzern entfallen 650 Stellen auf Hessen.';
		expect(quotes(text, 'de').map((quote) => quote.speaker)).toEqual(['Continental', 'Continental']);
		const opel = 'Opel\n\nDer Autobauer Opel will sein Werk schließen. Der Schritt sei nötig, erklärte der Konzern am Montag.';
		expect(speakerOf(quotes(opel, 'de'), 'Schritt')).toBe('Opel');
	});

	it('leaves a person after a trade noun a person ("der Waffenhändler Viktor Bout", "der Bauer Karl Huber")', () => {
		const text = 'Dorf\n\nDer Waffenhändler Viktor Bout sagte, er habe davon nichts gewusst. Der Bauer Karl Huber sagte, das Werk sei wichtig für das Dorf.';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'nichts gewusst')).toBe('Viktor Bout');
		expect(speakerOf(found, 'wichtig für das Dorf')).toBe('Karl Huber');
	});

	it('leaves a farmer, a winegrower or a club owner named by surname only a person (review V15 #1)', () => {
		for (const trade of ['Weinbauer', 'Kleinbauer', 'Gemüsebauer', 'Geigenbauer', 'Clubbetreiber', 'Kneipenbetreiber']) {
			const text = `Dorf\n\n„Das Wetter war schlecht“, sagte der ${trade} Hansen. Die Ernte sei klein, fügte er hinzu.`;
			const found = quotes(text, 'de');
			expect(speakerOf(found, 'Wetter war schlecht'), trade).toBe('Hansen');
			expect(analyzeQuotes(text, {language: 'de'}).people.find((person) => person.name === 'Hansen')?.kind, trade).not.toBe('organisation');
		}
	});

	it('reads a weak noun\'s "-n" ("des Online-Riesen Quuxio") and a product before "-bauer" ("des Autobauers Quuxio") as the firm', () => {
		for (const described of ['des Online-Riesen Quuxio', 'des Autobauers Quuxio', 'des Netzbetreibers Quuxio']) {
			const text = `Pläne\n\nDie Pläne ${described} sind umstritten. Man wolle 500 Stellen streichen, teilte das Unternehmen mit.`;
			expect(speakerOf(quotes(text, 'de'), '500 Stellen'), described).toBe('Quuxio');
		}
	});
});
