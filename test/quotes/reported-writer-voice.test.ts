// The writer's own sentences are no reported speech: a guess with "dürfte", a relative clause after a verb of saying.

import {describe, expect, it} from 'vitest';
import {indirect} from './checked-quotes.js';

describe('a writer\'s guess after reported speech', () => {
	it('with "dürfte" does not carry the report on (German)', () => {
		const de = indirect('Urteil\n\nDer Konzern Globex erklärte, man werde das Urteil gründlich prüfen. Es dürfte wahrscheinlich sein, dass der Konzern Berufung einlegt. Für Kunden dürfte sich so lange nichts ändern.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['man werde das Urteil gründlich prüfen']);
	});

	it('while "würde" right after it still does (German)', () => {
		const de = indirect('Urteil\n\nDer Konzern Globex erklärte, man werde das Urteil gründlich prüfen. Eine Berufung würde sich lohnen.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['man werde das Urteil gründlich prüfen', 'Eine Berufung würde sich lohnen']);
	});

	it('with "is likely" is not reported in English either', () => {
		const en = indirect('Ruling\n\nGlobex said it would review the ruling. It is likely that the company will appeal.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['it would review the ruling']);
	});
});

describe('a relative clause after a verb of saying and a comma', () => {
	it('is not what was said (German "die den …")', () => {
		expect(indirect('Urteil\n\nDas Landgericht München hat für das Unternehmen Datang entschieden, die den deutschen Teil des Patents besitzt.', 'de')).toEqual([]);
	});

	it('while an article and its noun, or an adjective and its noun, still open the main clause said', () => {
		const de = indirect('Titel\n\nDie Polizei teilte mit, die neue Regierung will das Gesetz ändern.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['die neue Regierung will das Gesetz ändern']);
		const noun = indirect('Titel\n\nDie Polizei teilte mit, die Täter sind geflohen.', 'de');
		expect(noun.map((quote) => quote.text)).toEqual(['die Täter sind geflohen']);
	});

	it('is not what was said in English ("ruled for X, which owns …")', () => {
		expect(indirect('Ruling\n\nThe court ruled for the company Datang, which owns the German part of the patent.', 'en')).toEqual([]);
	});
});

describe('a writer\'s hedge after ", but" / ", doch"', () => {
	it('is cut from the report (English "but it is widely expected")', () => {
		const en = indirect('Poll\n\nTony Hart insisted he did not know the poll date, but it is widely expected to be 5 May.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['he did not know the poll date']);
	});

	it('is cut from the report (German "doch es gilt als wahrscheinlich")', () => {
		const de = indirect('Wahl\n\nTony Hart betonte, er kenne den Wahltermin nicht, doch es gilt als wahrscheinlich, dass im Mai gewählt wird.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['er kenne den Wahltermin nicht']);
	});

	it('leaves a reported "but" clause of the speaker in the report', () => {
		const en = indirect('Poll\n\nTony Hart said he did not know the poll date, but he expected it soon.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['he did not know the poll date, but he expected it soon']);
	});
});
