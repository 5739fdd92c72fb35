// A surname that is also a function word ("Stephan Weil", "Hannelore Kraft"): written with a capital after the given name in mid-sentence, it is the surname; made-up sentences written from the rule.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('a function word with a capital after a given name is a surname', () => {
	it('"Ministerpräsident Stephan Weil … sagte Stephan Weil" → Stephan Weil, not "Stephan"', () => {
		const text = 'Landtag\n\nNiedersachsens Ministerpräsident Stephan Weil (SPD) äußerte sich am Abend. "Wir kämpfen um jeden Platz", sagte Stephan Weil.';
		expect(speakerIn(text, 'de', 'kämpfen um jeden Platz')).toBe('Stephan Weil');
	});

	it('a known given name: "Jonas Weil" → Jonas Weil', () => {
		const text = 'Verein\n\nDer Vorsitzende Jonas Weil sprach vor den Mitgliedern. "Wir bleiben hier", sagte Jonas Weil.';
		expect(speakerIn(text, 'de', 'Wir bleiben hier')).toBe('Jonas Weil');
	});

	it('the conjunction after a paragraph break is no surname', () => {
		const text = 'Verein\n\nDer Vorsitzende sprach mit Jonas\n\nWeil es regnete, blieben alle drinnen. "Wir bleiben hier", sagte Jonas.';
		expect(speakerIn(text, 'de', 'Wir bleiben hier')).toBe('Jonas');
	});
});
