// British papers quote in single marks and run a quote over paragraphs the way double marks do: no closing mark at a paragraph's end, the next paragraph re-opens (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {quotes, speakerOf} from './checked-quotes.js';

const direct = (text: string) => quotes(text, 'en').filter((quote) => quote.kind !== 'indirect');

describe("a quote in single marks over several paragraphs ('… / '… / '…')", () => {
	const text = [
		'Man held after bank threat',
		'',
		'Police were called to the branch at noon.',
		'',
		"Mary Dunn, who runs the bakery opposite the bank, said: 'We heard that he had got upset because he had been turned down for a loan. Maybe he was someone in business who had got to the end of his tether after a very long and difficult year.",
		'',
		"'About an hour after the police first arrived, the man was taken out and put in the back of a police car.",
		'',
		"'When the police opened the door, you could see the glass had been broken.'",
		'',
		"Inspector Tom Reed said: 'We were called to the scene at lunchtime.'",
	].join('\n');

	it('finds each paragraph as a quote, the first one longer than a stray apostrophe could run', () => {
		const found = direct(text).map((quote) => quote.text);
		expect(found.some((quote) => quote.startsWith('We heard that he had got upset'))).toBe(true);
		expect(found).toContain('About an hour after the police first arrived, the man was taken out and put in the back of a police car.');
		expect(found).toContain('When the police opened the door, you could see the glass had been broken.');
	});

	it('gives every paragraph of it to the one who opened it, not to the next paragraph\'s speaker', () => {
		const found = direct(text);
		expect(speakerOf(found, 'We heard that')).toBe('Mary Dunn');
		expect(speakerOf(found, 'About an hour')).toBe('Mary Dunn');
		expect(speakerOf(found, 'When the police opened')).toBe('Mary Dunn');
		expect(speakerOf(found, 'We were called')).toBe('Tom Reed');
	});

	it('takes the last paragraph of the run when its closing mark is missing too', () => {
		const unclosed = [
			'Flood warning',
			'',
			"Ann Lee, a farmer near the river, said: 'The water came up over the fields in less than an hour.",
			'',
			"'We moved the animals to the hill but lost most of the hay.",
			'',
			'The river is expected to fall by Friday.',
		].join('\n');
		const found = direct(unclosed);
		expect(speakerOf(found, 'The water came up')).toBe('Ann Lee');
		expect(speakerOf(found, 'We moved the animals')).toBe('Ann Lee');
		expect(found.some((quote) => quote.text.includes('expected to fall'))).toBe(false);
	});

	it('continues a quote whose first paragraph had its cue after it', () => {
		const after = [
			'Border row',
			'',
			"'I have tried to work with her, but decisions are made without telling us,' Ms Jane Berry said.",
			'',
			"'Can I compare that to the other states? We worked together on a very hard decision about the border.",
			'',
			"'All of us should be thinking about how we can make life easier for our citizens.'",
		].join('\n');
		const found = direct(after);
		expect(speakerOf(found, 'Can I compare')).toBe('Jane Berry');
		expect(speakerOf(found, 'All of us should')).toBe('Jane Berry');
	});

	it('still reads an apostrophe as one: no quote from a clipped word or a plural possessive', () => {
		const plain = [
			'Old songs',
			'',
			"The band's 'rock 'n' roll' years were in the '70s, when the Smiths' house was full of records and fans came by every week to hear them play in the garage behind it.",
			'',
			"'Tis the season, the sign on the door read, and nobody in the street thought much of it at all that winter.",
		].join('\n');
		const found = direct(plain).map((quote) => quote.text);
		expect(found.some((quote) => quote.includes('the season, the sign'))).toBe(false);
		expect(found.some((quote) => quote.includes('70s, when'))).toBe(false);
	});
});
