// Where an English report ends and who gives it: a speaker described after an inverted verb, a writer's participle after
// the cue, a second verb of saying after "and", the speaker's next deed, "with X saying …" (German counterparts alongside).

import {describe, expect, it} from 'vitest';
import type {Quote} from '../../source/model/quote.js';
import {indirect} from './checked-quotes.js';

const pairs = (quotes: Quote[]) => quotes.map((quote) => [quote.text, quote.speaker]);

describe('"…, said X of Y, a long description."', () => {
	it('reports the clause before the verb, spoken by the person after it', () => {
		const en = indirect('Oil\n\nRestoring production could cost tens of billions of dollars, said Peter Hart of Third Bridge, a London-based private equity and investment research firm.', 'en');
		expect(pairs(en)).toEqual([['Restoring production could cost tens of billions of dollars', 'Peter Hart']]);
	});

	it('does the same for the German inverted verb with its apposition', () => {
		const de = indirect('Öl\n\nDie Förderung wieder aufzubauen koste Milliarden, sagte Peter Hart von Third Bridge, einer Londoner Beteiligungs- und Analysefirma.', 'de');
		expect(pairs(de)).toEqual([['Die Förderung wieder aufzubauen koste Milliarden', 'Peter Hart']]);
	});

	it('leaves a clause of its own after the speaker to the usual rules', () => {
		const en = indirect('Oil\n\nThe talks went well, said Peter Hart of Third Bridge, who expects a deal next week.', 'en');
		expect(en.map((quote) => quote.text)).not.toContain('Peter Hart of Third Bridge');
	});
});

describe('a participle of the writer after "…, he said,"', () => {
	it('is no part of the report, which ends before the cue', () => {
		const en = indirect('Speech\n\nJohn Hart spoke in Leeds. Every policy will be fully costed, he said, swiping at a rival whose tax cuts caused turmoil in the markets.', 'en');
		expect(pairs(en)).toEqual([['Every policy will be fully costed', 'John Hart']]);
	});

	it('while a participle of saying still opens a second report', () => {
		const en = indirect('Speech\n\nJohn Hart spoke in Leeds. Every policy will be costed, he said, adding that taxes would not rise.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['Every policy will be costed', 'taxes would not rise']);
	});
});

describe('"and" after a report', () => {
	it('with a verb of saying after a comma opens a second report by the same speaker', () => {
		const en = indirect('Oil\n\nIn a press conference, Donald Hart suggested US companies had already expressed their interest, without providing specifics, and insisted that they stand to make billions.', 'en');
		expect(pairs(en)).toEqual([['US companies had already expressed their interest, without providing specifics', 'Donald Hart'], ['they stand to make billions', 'Donald Hart']]);
	});

	it('lets a bare plural subject open a that-less report when its verb follows ("admitted mistakes were made")', () => {
		expect(indirect('Oil\n\nDonald Hart admitted mistakes were made in the talks.', 'en').map((quote) => quote.text)).toEqual(['mistakes were made in the talks']);
		expect(indirect('Oil\n\nDonald Hart admitted changes to the plan in the talks.', 'en')).toEqual([]);
	});

	it('with a past tense and its object after a report in the present is the speaker\'s next deed', () => {
		const en = indirect('Oil\n\nDonald Hart has said he wants to run the company through oil and pointed to billions of dollars in profit.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['he wants to run the company through oil']);
	});

	it('inside a past report joins two parts of it', () => {
		const en = indirect('Oil\n\nDonald Hart said the firm was cheap and used by millions of people.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['the firm was cheap and used by millions of people']);
	});

	it('in German, "und verwies auf …" ends the report (the same rule in its German form)', () => {
		const de = indirect('Öl\n\nDonald Hart sagte, er wolle das Land über das Öl steuern, und verwies auf Milliarden an Gewinnen.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['er wolle das Land über das Öl steuern']);
	});
});

describe('"with X saying …"', () => {
	it('reports the clause for the phrase after "with", up to a writer\'s participle', () => {
		const en = indirect('Housing\n\nA promise to end evictions had been delayed, with the housing minister Jane Hart saying courts had no capacity, prompting accusations of a climbdown.', 'en');
		expect(pairs(en)).toEqual([['courts had no capacity', 'Jane Hart']]);
	});

	it('needs a clause after the participle, not an object', () => {
		expect(indirect('Housing\n\nThe bill passed, with the minister Jane Hart saying nothing at all.', 'en')).toEqual([]);
	});

	it('in German, "wobei X sagte, …" is an ordinary cue', () => {
		const de = indirect('Wohnen\n\nDas Versprechen wurde vertagt, wobei Ministerin Jane Hart sagte, die Gerichte seien überlastet.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['die Gerichte seien überlastet']);
	});
});
