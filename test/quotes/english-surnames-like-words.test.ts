// English plurals end in -s, not -n: a surname such as "Mann" is no role noun "man" with a German plural ending (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {findRoleHead, lexiconFor} from '../../source/analysis/quotes/lexicon.js';
import {quotes, speakerOf} from './checked-quotes.js';

describe('"Mann" in English text', () => {
	it('is no role noun; German "Sprechern" still ends in one', () => {
		expect(findRoleHead('Mann', lexiconFor('en'))).toBe('');
		expect(findRoleHead('spokesmen', lexiconFor('en'))).toBe('');
		expect(findRoleHead('officials', lexiconFor('en'))).toBe('officials');
		expect(findRoleHead('Sprechern', lexiconFor('de'))).toBe('sprecher');
	});

	it('is the surname of the person the article named in full', () => {
		const text = 'Climate row\n\nMichael Mann, a climate scientist at Penn, disagrees with the paper.\n\n"The authors are promoting a dangerous gambit," Mann writes.\n\nAccording to Mann, the situation is still dire.';
		const found = quotes(text, 'en');
		expect(speakerOf(found, 'dangerous gambit')).toBe('Michael Mann');
		expect(speakerOf(found, 'still dire')).toBe('Michael Mann');
	});

	it('leaves "a man" a described speaker', () => {
		const text = 'Fire\n\nA man who lives nearby said the smoke had been visible for hours.';
		expect(speakerOf(quotes(text, 'en'), 'smoke')).toBe('A man');
	});
});
