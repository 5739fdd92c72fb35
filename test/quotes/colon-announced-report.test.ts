// A report after a colon, closed by a cue with a role or pronoun ("Brenner fand Worte: Die Partei verliere mit Wessel …, sagte der Landeschef"), is said by the person of the clause before the colon, not by one named inside the report (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('the clause before the colon announces the report the cue closes', () => {
	it('German: a role after the report means the colon clause\'s person', () => {
		const text = 'Rückzug\n\nOdo Wessel geht. Karl Brenner fand freundliche Worte: Die Partei verliere mit Wessel einen ihrer Köpfe, sagte der Landesgruppenchef.';
		expect(speakerIn(text, 'de', 'Die Partei verliere')).toBe('Karl Brenner');
	});

	it('German: so does a pronoun', () => {
		const text = 'Rückzug\n\nOdo Wessel geht. Karl Brenner fand freundliche Worte: Die Partei verliere mit Wessel einen ihrer Köpfe, sagte er.';
		expect(speakerIn(text, 'de', 'Die Partei verliere')).toBe('Karl Brenner');
	});

	it('without a colon a name before the comma stays the report\'s ("Wessel habe gewartet, sagte er")', () => {
		const text = 'Rückzug\n\nKarl Brenner sprach am Abend. Wessel habe zu lange gewartet, sagte er.';
		expect(speakerIn(text, 'de', 'zu lange gewartet')).toBe('Karl Brenner');
	});
});
