// Reported speech after verbs of saying in forms the lexicon lacked: separable verbs joined in a subordinate clause, plural present.

import {describe, expect, it} from 'vitest';
import {indirect} from './checked-quotes.js';

describe('a sentence opening "Wie X mitteilt," / "As X said,"', () => {
	it('reports the main clause after it, spoken by the whole name after "wie" (German, joined separable verbs)', () => {
		const de = indirect('Titel\n\nWie die Bundesagentur für Arbeit auf Anfrage mitteilt, werden die Zahlen erst mit Verspätung erfasst.', 'de');
		expect(de.map((quote) => [quote.text, quote.speaker])).toEqual([['werden die Zahlen erst mit Verspätung erfasst', 'Bundesagentur für Arbeit']]);
		const angab = indirect('Titel\n\nWie die Polizei angab, wurde bei dem Unfall niemand verletzt.', 'de');
		expect(angab.map((quote) => quote.text)).toEqual(['wurde bei dem Unfall niemand verletzt']);
	});

	it('reports the main clause after it (English)', () => {
		const en = indirect('Title\n\nAs the Federal Agency for Labour said on request, the figures are recorded months late.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['the figures are recorded months late']);
	});
});

describe('separable verbs of saying in the plural', () => {
	it('report a dass clause ("merken an")', () => {
		const de = indirect('Börse\n\nDer Dax gab leicht nach. Die Analysten der Großbank Globex merken aber an, dass es sich nur um eine Atempause handele.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['dass es sich nur um eine Atempause handele']);
	});

	it('report nothing without a clause', () => {
		expect(indirect('Titel\n\nDer Mann merkte nichts an, als er ging.', 'de')).toEqual([]);
		expect(indirect('Title\n\nThe man noted nothing as he left the room.', 'en')).toEqual([]);
	});
});

describe('a verb of saying with an object instead of a clause', () => {
	it('reports nothing ("warned his supporters against complacency" / "warnte seine Anhänger vor …")', () => {
		expect(indirect('Title\n\nHe warned his supporters against complacency and then left.', 'en')).toEqual([]);
		expect(indirect('Titel\n\nEr warnte seine Anhänger vor Selbstzufriedenheit und reiste dann ab.', 'de')).toEqual([]);
	});

	it('still reports a that-less clause whose verb has no auxiliary', () => {
		expect(indirect('Title\n\nCritics argued the plan\'s cost shortchanges public schools.', 'en').map((quote) => quote.text)).toEqual(['the plan\'s cost shortchanges public schools']);
		expect(indirect('Title\n\nTrump has argued this constituted a theft.', 'en').map((quote) => quote.text)).toEqual(['this constituted a theft']);
	});
});

describe('a date between the verb and its clause', () => {
	it('does not end the search for the clause ("betonte am 8. Mai 2026, dass …" / "stressed on May 8, 2026, that …")', () => {
		const de = indirect('Virus\n\nDie Weltgesundheitsorganisation WHO betonte am 8. Mai 2026, dass von den Passagieren nur ein minimales Risiko ausgehe.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['dass von den Passagieren nur ein minimales Risiko ausgehe']);
		const en = indirect('Virus\n\nThe World Health Organization stressed on May 8, 2026, that the passengers posed only a minimal risk.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['the passengers posed only a minimal risk']);
	});
});

describe('plural preterites of verbs of saying', () => {
	it('report their clause ("Andere Posts behaupteten, dass …", "Einige behaupteten, das Virus sei …")', () => {
		const de = indirect('Virus\n\nAndere Posts behaupteten fälschlich, dass der Vorfall benutzt werden würde, um die Briefwahl auszuweiten.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['dass der Vorfall benutzt werden würde, um die Briefwahl auszuweiten']);
		const en = indirect('Virus\n\nOther posts falsely claimed that the incident would be used to expand postal voting.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['the incident would be used to expand postal voting']);
	});

	it('end the report at the speaker\'s next deed after ", und"/", and"', () => {
		const de = indirect('Virus\n\nEinige behaupteten ferner, das Virus sei eine Nebenwirkung der Impfung, und führten dabei alte Studien an.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['das Virus sei eine Nebenwirkung der Impfung']);
		const en = indirect('Virus\n\nSome claimed the virus was a side effect of the vaccine, and cited old studies.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['the virus was a side effect of the vaccine']);
	});

	it('keep a second subject after ", und" in the report', () => {
		const de = indirect('Virus\n\nEinige behaupteten, das Virus sei gefährlich, und die Behörden würden lügen.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['das Virus sei gefährlich, und die Behörden würden lügen']);
	});
});
