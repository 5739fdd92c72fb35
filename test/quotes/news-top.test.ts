// Headline, standfirst and lead conventions of news tops (rules found on the held-out set, tested on sentences written here).

import {describe, expect, it} from 'vitest';
import type {Quote} from '../../source/model/quote.js';
import {quotes} from './checked-quotes.js';

const find = (list: Quote[], fragment: string) => list.find((quote) => quote.text.includes(fragment));

describe('quotes in headlines and standfirsts', () => {
	it("takes a headline's pull quote before a colon as a whole quote of the person who says it later", () => {
		const text = "'We were left to drown': the mayor of a flooded town on the rescue\nMaria Ostrander says the rescue came \"far too late\" and that \"we were left to drown\" by the county.";
		const quote = find(quotes(text, 'en'), 'We were left to drown');
		expect(quote?.kind).toBe('direct');
		expect(quote?.speaker).toBe('Maria Ostrander');
	});

	it("gives a fragment after 'Name:' to that person", () => {
		const text = 'Harbour master Tom Elgin: ‘not a safe place’ for small boats\nThe port will stay closed until Monday.';
		const quote = find(quotes(text, 'en'), 'not a safe place');
		expect(quote?.speaker).toBe('Tom Elgin');
	});

	it('keeps an uncued fragment only when an attributed quote repeats its words', () => {
		const repeated = quotes("Council has 'serious doubts' about bridge plan\nThe council said it had \"serious doubts\" about the plan.", 'en');
		expect(repeated.filter((quote) => quote.text === 'serious doubts')).toHaveLength(2);
		const alone = quotes("Council has 'serious doubts' about bridge plan\nThe plan goes to a vote next week.", 'en');
		expect(find(alone, 'serious doubts')).toBeUndefined();
	});

	it('does not read a quoted label before a speech verb as a quote', () => {
		const found = quotes("Flood report: 'key witness' says he saw the levee break", 'en');
		expect(find(found, 'key witness')).toBeUndefined();
		expect(find(found, 'he saw the levee break')?.kind).toBe('indirect');
	});
});

describe('who speaks in a news top', () => {
	it("takes the name set off by commas after a role: 'its chairman, Name, said'", () => {
		const text = 'Presenting the annual results of the Northern Rail Fund, its chairman, Peter Lindqvist, said ticket sales had doubled.';
		expect(find(quotes(text, 'en'), 'ticket sales had doubled')?.speaker).toBe('Peter Lindqvist');
	});

	it("reads 'told them <clause>' as reported speech of the subject", () => {
		const text = 'Inspectors closed the mine after Anna Berg told them the tunnel was unsafe.';
		const quote = find(quotes(text, 'en'), 'the tunnel was unsafe');
		expect(quote?.kind).toBe('indirect');
		expect(quote?.speaker).toBe('Anna Berg');
	});

	it('lets a lead describe the one person named above it, but not an anonymous source or a document', () => {
		const described = quotes('Miners strike at Kellby pit\nUnion leader Jonas Weir says the pay offer is an insult\nA veteran union leader has said the strike will go on until the pay offer is withdrawn.', 'en');
		expect(find(described, 'the strike will go on')?.speaker).toBe('Jonas Weir');
		const anonymous = quotes('Miners strike at Kellby pit\nUnion leader Jonas Weir says the pay offer is an insult\nA senior official has said the talks will resume on Monday.', 'en');
		expect(find(anonymous, 'the talks will resume')?.speaker).not.toBe('Jonas Weir');
		const document = quotes('Mine manager Carl Opitz resigns\nThe mine had broken safety rules for years, a statement said', 'en');
		expect(find(document, 'broken safety rules')?.speaker).not.toBe('Carl Opitz');
	});

	it('does not take a place name that modifies a noun as the speaker', () => {
		const found = quotes('Bridge collapse\nOhio bridge engineer says he warned the county twice', 'en');
		expect(find(found, 'he warned the county twice')?.speaker).not.toBe('Ohio');
	});

	it('gives a Konjunktiv sentence the one authority named in the sentence before', () => {
		const text = 'Nach dem Unfall hat die Bahnaufsicht die Strecke gesperrt. Ein Gutachten werde bis Freitag erwartet.';
		expect(find(quotes(text, 'de'), 'Ein Gutachten werde')?.speaker).toBe('Bahnaufsicht');
	});

	it('keeps several named sources together', () => {
		const text = 'Der Konzern plant nach Informationen von BR, MDR und "Spiegel" einen Stellenabbau.';
		expect(find(quotes(text, 'de'), 'Stellenabbau')?.speaker).toContain('MDR');
	});
});
