// Names with initials ("C. Eugene Steuerle", "George W. Bush") and German speech-act nouns as the channel, never the speaker ("laut Mitteilung", "Ihren Angaben zufolge"); made-up sentences written from each rule.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {paragraphsOf, sentencesOf, tokensOf} from '../../source/analysis/quotes/text-units.js';
import {speakerIn} from './checked-quotes.js';

describe('an initial inside a name belongs to the name', () => {
	it('a middle initial: "Robert M. Danin", "William G. Gale", "George W. Bush"', () => {
		expect(speakerIn('Budget\n\n"The debt will grow," said Harold T. Wexley, a fellow at the institute.', 'en', 'debt will grow')).toBe('Harold T. Wexley');
		expect(speakerIn('Budget\n\n"Rates will rise," said Marion G. Faulk of the Brookfield Center.', 'en', 'Rates will rise')).toBe('Marion G. Faulk');
		expect(speakerIn('Budget\n\nGeorge W. Bush said the plan was too expensive.', 'en', 'too expensive')).toBe('George W. Bush');
	});

	it('an opening initial and two initials: "C. Eugene Steuerle", "J. K. Rowling"', () => {
		expect(speakerIn('Budget\n\n"Everything is squeezed," said C. Darnell Whitby, an economist.', 'en', 'Everything is squeezed')).toBe('C. Darnell Whitby');
		expect(speakerIn('Books\n\n"I wrote every night," said J. K. Brennard.', 'en', 'wrote every night')).toBe('J. K. Brennard');
	});

	it('the surname alone later is the same person', () => {
		const text = 'Budget\n\n"The debt will grow," said Harold T. Wexley, a fellow at the institute. "Nobody is ready," Wexley added.';
		expect(speakerIn(text, 'en', 'Nobody is ready')).toBe('Harold T. Wexley');
	});

	it('"the U.S. Army said" keeps its abbreviation, and is one sentence', () => {
		const text = 'The U.S. Army said the base would close.';
		expect(tokensOf(text, 0, text.length).map((token) => token.text)).toContain('U.S');
		expect(sentencesOf(text, paragraphsOf(text)[0]!, 'en')).toHaveLength(1);
		// The speaker is the Army (named short, as before the initial rule), no "S." taken for an initial.
		expect(speakerIn(`Base\n\n${text}`, 'en', 'base would close')).toMatch(/Army$/u);
		expect(tokensOf(text, 0, text.length).map((token) => token.text)).not.toContain('S.');
	});

	it('a one-letter word ending a sentence takes no name with it', () => {
		const text = 'Plans\n\nThe city chose plan B. The mayor said the work would start in May.';
		expect(speakerIn(text, 'en', 'work would start')).toBe('The mayor');
		const people = analyzeQuotes(text, {language: 'en'}).people.map((person) => person.name);
		expect(people.some((name) => /\bB\.?\b/u.test(name))).toBe(false);
	});
});

describe('German speech-act nouns are the channel, never the speaker', () => {
	it('"sagte X laut Mitteilung": the verb\'s subject, not "Mitteilung"', () => {
		const text = 'Werk\n\nDer Konzern will sparen. „Die Lage ist ernst“, sagte Konzernchef Henrik Maurer laut Mitteilung. Die Kosten müssten sinken, sagte Betriebsratschefin Ilse Kober laut Mitteilung.';
		expect(speakerIn(text, 'de', 'Die Lage ist ernst')).toBe('Henrik Maurer');
		expect(speakerIn(text, 'de', 'Kosten müssten sinken')).toBe('Ilse Kober');
		const speakers = analyzeQuotes(text, {language: 'de'}).quotes.map((quote) => quote.speaker);
		expect(speakers).not.toContain('Mitteilung');
	});

	it('"Ihren Angaben zufolge" refers back to the woman, "Seinen Angaben zufolge" to the man', () => {
		const her = 'Brand\n\nDie Anwohnerin Petra Lindner sah das Feuer als Erste. Ihren Angaben zufolge war der Mann groß und trug eine Jacke.';
		expect(speakerIn(her, 'de', 'war der Mann groß')).toBe('Petra Lindner');
		const him = 'Brand\n\nDer Nachbar Jonas Ebert rief die Feuerwehr. Seinen Angaben zufolge brannte das Dach schon.';
		expect(speakerIn(him, 'de', 'brannte das Dach')).toBe('Jonas Ebert');
	});

	it('"laut einer Mitteilung des Konzerns" still names the sender', () => {
		expect(speakerIn('Werk\n\nLaut einer Mitteilung des Konzerns sollen 300 Stellen wegfallen.', 'de', '300 Stellen')).toMatch(/Konzern/u);
	});

	it('no speech-act noun becomes a speaker: "die Vermutung", "die Erklärung", "Angaben"', () => {
		const text = 'Wahl\n\nBeobachter haben die Vermutung geäußert, dass der Minister zurücktreten könnte. Die Erklärung zeige, dass die Lage ernst sei.';
		const speakers = analyzeQuotes(text, {language: 'de'}).quotes.map((quote) => quote.speaker);
		for (const noun of ['die Vermutung', 'Vermutung', 'Die Erklärung', 'Erklärung']) expect(speakers).not.toContain(noun);
	});

	it('a sentence-opening adverb is no name: "Ähnlich äußerte sich …"', () => {
		const text = 'Wahl\n\nDie Ministerin Karla Deppe lobte den Kandidaten. Ähnlich äußerte sich der Abgeordnete Bernd Falk. Er sagte, der Kandidat sei ein Gewinn.';
		const people = analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name);
		expect(people).not.toContain('Ähnlich');
		expect(speakerIn(text, 'de', 'Kandidat sei ein Gewinn')).toBe('Bernd Falk');
	});
});
