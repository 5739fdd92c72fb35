// "The report said …" with no report named before: the body that last spoke published it, never a person.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('an authorless report speaks for the body that last spoke', () => {
	it('en: "The report said …" after the Public Accounts Committee called the scheme "a waste" is the committee', () => {
		const text = 'Scheme waste\n\nThe scheme was scrapped last year. The Public Accounts Committee called this "a disgraceful waste". Chairman Tom Reed was not available. The report said ministers should "learn the lessons".';
		expect(speakerIn(text, 'en', 'learn the lessons')).toBe('Public Accounts Committee');
	});

	it('en: a person who spoke last is not taken for the report\'s author', () => {
		const text = 'Scheme waste\n\nThe scheme was scrapped last year. Tom Reed said it was "a disgraceful waste". The report said ministers should "learn the lessons".';
		expect(speakerIn(text, 'en', 'learn the lessons')).not.toBe('Tom Reed');
	});

	it('de: „Der Bericht kommt zu dem Schluss …“ nach dem Bundesrechnungshof ist der Bundesrechnungshof', () => {
		const text = 'Rechnungshof\n\nDas Projekt wurde eingestellt. Der Bundesrechnungshof nannte das Projekt „eine Verschwendung“. Der Bericht kritisierte, die Ministerien hätten „keine Kontrolle“ gehabt.';
		expect(speakerIn(text, 'de', 'keine Kontrolle')).toBe('Bundesrechnungshof');
	});
});
