// English reported speech the thirteenth session's rules read (sentences written for each rule, none taken from an article): inverted and closing cues, "as" clauses, sources set off by commas, a report inside another's, addressees after "told", a group that speaks with "saying".

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const reports = (text: string) => analyzeQuotes(text, {language: 'en'}).quotes.filter((quote) => quote.kind === 'indirect');
const reportOf = (text: string, words: string) => reports(text).find((quote) => quote.text.includes(words));

describe('a cue closing the sentence after the report', () => {
	it('keeps a title written short before the speaker\'s name ("…, Lt. Dana Okoro said.")', () => {
		const quote = reportOf('Shooting\n\nNeither driver has been identified so far, Lt. Dana Okoro said.', 'Neither driver');
		expect(quote?.text).toBe('Neither driver has been identified so far');
		expect(quote?.speaker).toBe('Dana Okoro');
	});

	it('reads an inverted verb of reporting that alone needs its "that" ("…, reports Reuters.", "…, writes Ana Vell of the Daily Post.")', () => {
		const text = 'Plague\n\nThe province had 26 cases between 2009 and 2018, reports Reuters. All sites in the district were disinfected, writes Ana Vell of the Daily Post.';
		expect(reportOf(text, '26 cases')?.speaker).toBe('Reuters');
		expect(reportOf(text, 'disinfected')?.speaker).toBe('Ana Vell');
	});

	it('passes over lower-case words of description before the inverted speaker\'s name', () => {
		const quote = reportOf('Money\n\nYou can only cut costs to a certain degree, says certified financial planner Orla Brennick.', 'cut costs');
		expect(quote?.text).toBe('You can only cut costs to a certain degree');
		expect(quote?.speaker).toBe('Orla Brennick');
	});

	it('keeps an adverb between the speaker and the verb, and whom it was said to after it ("the source further claimed to the outlet")', () => {
		const quote = reportOf('Label\n\nThe manager has been trying to reach the singer for weeks, the source further claimed to the outlet.', 'trying to reach');
		expect(quote?.speaker).toBe('the source');
		expect(quote?.text).toBe('The manager has been trying to reach the singer for weeks');
	});
});

describe('a cue clause opened by "while" or "though" is no main clause', () => {
	it('ends the report where the main clause\'s pronoun follows the comma', () => {
		const quote = reportOf('Visit\n\nWhile press secretary Mara Quell said the trip was a routine check, he did not have that check done in the past.', 'routine check');
		expect(quote?.text).toBe('the trip was a routine check');
		expect(quote?.speaker).toBe('Mara Quell');
	});

	it('reads the main clause\'s own verb of saying as a second report by the same speaker', () => {
		const text = 'Plague\n\nAnd though the health agency has said that there is no need for residents to worry, it has also acknowledged that remote regions are vulnerable to outbreaks.';
		expect(reportOf(text, 'no need')?.text).toBe('there is no need for residents to worry');
		expect(reportOf(text, 'remote regions')?.text).toBe('remote regions are vulnerable to outbreaks');
	});
});

describe('a sentence opened by an "as" clause with its cue', () => {
	it('reports the main clause with a verb that alone needs "that" ("As Tamsin Hole reports for the radio, …")', () => {
		const quote = reportOf('Plague\n\nAs Tamsin Hole reports for the radio, the first cases came to light last week.', 'first cases');
		expect(quote?.text).toBe('the first cases came to light last week');
		expect(quote?.speaker).toBe('Tamsin Hole');
	});

	it('reads the clause inside an opening bracket too ("(As Dr. Ivo Marsh noted at the time, …")', () => {
		const quote = reportOf('Health\n\n(As Dr. Ivo Marsh noted at the time, the disease meant a moderate risk of a heart attack.)', 'moderate risk');
		expect(quote?.speaker).toBe('Ivo Marsh');
		expect(quote?.text.startsWith('the disease meant')).toBe(true);
	});
});

describe('a source after "according to"', () => {
	it('reads an acronym written like a function word as the source ("According to WHO, …")', () => {
		expect(reportOf('Plague\n\nAccording to WHO, there were 3,248 cases reported worldwide between 2010 and 2015.', '3,248 cases')?.speaker).toBe('WHO');
	});

	it('takes unnamed papers or evidence opening the sentence or set off by commas as the source', () => {
		expect(reportOf('Trial\n\nAccording to evidence presented at trial, the man grabbed the girl on the avenue.', 'grabbed the girl')?.speaker).toBe('evidence presented at trial');
		const quote = reportOf('Prison\n\nOne of the guards, according to prison records, had worked several overtime shifts before the night.', 'overtime shifts');
		expect(quote?.speaker).toBe('prison records');
		expect(quote?.text.startsWith('One of the guards')).toBe(true);
	});

	it('reports the whole sentence when the source set off by commas sits inside its clause ("He had, according to X, killed …")', () => {
		const quote = reportOf('Plague\n\nHe had, according to Noor Attar of the Evening Star, killed and eaten a wild rabbit before he fell ill.', 'wild rabbit');
		expect(quote?.text.startsWith('He had, according to')).toBe(true);
		expect(quote?.speaker).toBe('Noor Attar');
	});

	it('reads "per X" after a comma like "according to X", but not a rate or a given name', () => {
		expect(reportOf('Plague\n\nThe bacterium, per the WHO, is often found in small mammals and their fleas.', 'small mammals')?.speaker).toBe('WHO');
		expect(reportOf('Talks\n\nThe talks collapsed on Monday night, per Reuters.', 'talks collapsed')?.speaker).toBe('Reuters');
		expect(reports('Markets\n\nShares of the company rose 5 per cent on Monday in early trading.')).toHaveLength(0);
		expect(reportOf('Talks\n\nPer Olsson said the talks collapsed on Monday night.', 'talks collapsed')?.speaker).toBe('Per Olsson');
	});

	it('leaves a quote with its own cue to its speaker when a source closes the sentence (\'"…," one commenter said, per Feng.\')', () => {
		const quotes = analyzeQuotes('Plague\n\nThe news spread online. "Do not hide things like this," one commenter said, per Ada Feng. "Let us face it together."', {language: 'en'}).quotes;
		expect(quotes.filter((quote) => quote.kind === 'indirect')).toHaveLength(0);
		expect(quotes.find((quote) => quote.text.includes('face it together'))?.speaker).not.toBe('Ada Feng');
	});

	it('still reports only the part before a closing source followed by its apposition or a relative clause', () => {
		const quote = reportOf('Tourism\n\nTourism is critical to the economy of the island, according to the Island Travel Council, an industry group.', 'critical');
		expect(quote?.text).toBe('Tourism is critical to the economy of the island');
		const relative = reportOf('War\n\nSeveral villages recorded damage in the region, according to Petro Danyl, who heads the regional administration.', 'villages');
		expect(relative?.text).toBe('Several villages recorded damage in the region');
	});
});

describe('a report inside another\'s', () => {
	it('reads "A told investigators B, C wrote." as C\'s report of the sentence and A\'s report of B', () => {
		const found = reports('Case\n\nAfter she was arrested, Vera Moss told investigators her partner had been threatening her, Investigator Hal Brant wrote.');
		const inner = found.find((quote) => quote.text === 'her partner had been threatening her');
		const outer = found.find((quote) => quote.text.startsWith('After she was arrested, Vera Moss told investigators'));
		expect(inner?.speaker).toBe('Vera Moss');
		expect(outer?.speaker).toBe('Hal Brant');
		expect(outer?.text.endsWith('threatening her')).toBe(true);
	});

	it('names papers by bare nouns after the comma as the closing cue\'s speaker ("…, search warrant documents say.")', () => {
		const found = reports('Case\n\nThe driver told investigators that two men were waiting in a white car, search warrant documents say.');
		expect(found.find((quote) => quote.text === 'two men were waiting in a white car')?.speaker).toBe('The driver');
		expect(found.find((quote) => quote.text.startsWith('The driver told investigators'))?.speaker).toBe('search warrant documents');
	});
});

describe('"told" with its addressee, then a clause without "that"', () => {
	it('passes over a name of several capitalised words ("told Rest of Planet the demand … is growing")', () => {
		const quote = reportOf('Space\n\nJoel Causton told Rest of Planet the demand for launches is continuing to grow.', 'demand');
		expect(quote?.text).toBe('the demand for launches is continuing to grow');
		expect(quote?.speaker).toBe('Joel Causton');
	});

	it('passes over a plural noun as the addressee ("told lawmakers no evidence supports …")', () => {
		expect(reportOf('Prison\n\nDirector Kay Sawle told lawmakers no evidence supports anything other than suicide.', 'no evidence')?.speaker).toBe('Kay Sawle');
	});

	it('still reads no report in "told Name the story of …" (an object, no clause)', () => {
		expect(reports('Visit\n\nHe told Hal Brant the story of his life.')).toHaveLength(0);
	});
});

describe('"…, saying …" after a group opening the sentence', () => {
	it('gives the report to the group when no person is the subject', () => {
		const quote = reportOf('Gaza\n\nSome in the city welcomed the news of the promotion, saying they needed someone to defend them.', 'needed someone');
		expect(quote?.speaker).toBe('Some in the city');
	});
});
