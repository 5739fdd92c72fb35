// A fronted prepositional phrase ("Vor einiger Zeit hatte Trump bestätigt") is no subject: the speaker follows the verb.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('fronted adverbial before the finite verb', () => {
	it('de: "Vor einiger Zeit hatte Trump … bestätigt, dass …" is Trump, not "Zeit"', () => {
		const text = 'Politik\n\nVor einiger Zeit hatte Trump bereits öffentlich bestätigt, dass er verdeckte Einsätze genehmigt habe.';
		expect(speakerIn(text, 'de', 'Einsätze genehmigt')).toBe('Trump');
	});

	it('de: "In einem Interview hatte der Minister bestätigt, dass …" names no "Interview"', () => {
		const text = 'Politik\n\nIn einem Interview hatte der Minister bestätigt, dass er Einsätze genehmigt habe.';
		expect(speakerIn(text, 'de', 'Einsätze genehmigt')).not.toMatch(/Interview/u);
	});

	it('en: "In an interview last year, Trump confirmed that …" is Trump, not the interview', () => {
		const text = 'Politics\n\nIn an interview last year, Trump confirmed that he had approved covert operations.';
		expect(speakerIn(text, 'en', 'approved covert')).toBe('Trump');
	});
});
