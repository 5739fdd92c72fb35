// "The Commons education select committee said": a name, lower-case words and a body noun are one body's name.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('a body named by a proper name, lower-case words and a body noun', () => {
	it('en: "The Commons education select committee called this …" is the committee, not "Commons"', () => {
		const text = 'E-University waste\n\nThe e-University was scrapped last year. The Commons education select committee called this "morally indefensible".';
		expect(speakerIn(text, 'en', 'morally indefensible')).toBe('Commons education select committee');
	});

	it('en: "The House oversight committee said …" keeps the whole name, not "House" alone', () => {
		const text = 'Budget\n\nThe House oversight committee said the plan was "a waste of money".';
		expect(speakerIn(text, 'en', 'waste of money')).toMatch(/House oversight committee$/u);
	});

	it('en: a name with no body noun after it stays the name ("The Senate said")', () => {
		const text = 'Budget\n\nThe Senate said the plan had "improved understanding".';
		expect(speakerIn(text, 'en', 'improved understanding')).toBe('Senate');
	});

	it('de: a German compound body with a genitive keeps its head ("Der Haushaltsausschuss des Bundestages")', () => {
		const text = 'Haushalt\n\nDer Haushaltsausschuss des Bundestages nannte das Projekt „moralisch unvertretbar“.';
		expect(speakerIn(text, 'de', 'moralisch unvertretbar')).toMatch(/^Haushaltsausschuss/u);
	});
});
