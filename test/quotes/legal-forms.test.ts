// A firm's legal form closes its name (fourteenth session): "die schwedische Nordwind AB" is the firm Nordwind, so "das Unternehmen" later means it (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const analysis = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language});

describe('a legal form after a name makes one firm of them', () => {
	it('German: "Nordwind AB" is the firm Nordwind and "das Unternehmen" speaks for it', () => {
		const {quotes, people} = analysis('Insolvenz\n\nDie schwedische Nordwind AB hat ein Verfahren eingeleitet. Das Unternehmen erklärte, es werde weiterarbeiten.', 'de');
		expect(quotes.find((quote) => quote.text.includes('weiterarbeiten'))?.speaker).toBe('Nordwind');
		expect(people.find((entry) => entry.name === 'Nordwind')?.kind).toBe('organisation');
	});

	it('English: "Nordwind AB" is the firm Nordwind, "the company" speaks for it', () => {
		const {quotes} = analysis('Insolvency\n\nSweden\'s Nordwind AB filed for bankruptcy. The company said it would keep working.', 'en');
		expect(quotes.find((quote) => quote.text.includes('keep working'))?.speaker).toBe('Nordwind');
	});

	it('a person whose name is written like a legal form stays a person ("Jin Sa", "Seo Se")', () => {
		for (const name of ['Jin Sa', 'Seo Se']) {
			const {people} = analysis(`Deal\n\nThe deal was fair, said ${name}, a lawyer in Seoul.`, 'en');
			expect(people.find((entry) => entry.name === name)?.kind, name).not.toBe('organisation');
		}
	});

	it('an acronym after a name that is no legal form still starts something else ("Berg CNN")', () => {
		const {people} = analysis('Interview\n\nAnna Berg CNN sagte, sie werde kandidieren.', 'de');
		expect(people.some((entry) => entry.name.includes('Berg CNN'))).toBe(false);
	});
});
