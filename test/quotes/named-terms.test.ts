// Named terms in quotation marks (features, broadcasters, days' names, compounds) are no quotes; short fragments someone said stay.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {QuoteSpan} from '../../source/analysis/quotes/marks.js';
import {namedTermReason, termShaped} from '../../source/analysis/quotes/named-terms.js';

const quoted = (text: string, language: 'de' | 'en'): string[] => analyzeQuotes(text, {language, reportModel: null}).quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => quote.text);

/** The span of the first quotation marks around `words` in `text`. */
function spanOf(text: string, words: string): QuoteSpan {
	const innerStart = text.indexOf(words);
	return {open: innerStart - 1, close: innerStart + words.length + 1, innerStart, innerEnd: innerStart + words.length, mark: text[innerStart - 1]!, multiParagraph: false};
}

describe('the shape of a term', () => {
	it('is one to four words without sentence punctuation or an auxiliary', () => {
		expect(termShaped('dark mode', 'en')).toBe(true);
		expect(termShaped('this is over', 'en')).toBe(false);
		expect(termShaped('one, two', 'en')).toBe(false);
		expect(termShaped('five words are far too many', 'en')).toBe(false);
		expect(termShaped('Zeitreise', 'de')).toBe(true);
		expect(termShaped('das war falsch', 'de')).toBe(false);
	});
});

describe('rule: a thing names itself ("it calls", "es nennt")', () => {
	it('drops the name a company gives its product, in English and German', () => {
		const en = 'The bank on Monday unveiled a savings tool it is calling "round up," which moves spare change into a pot, spokeswoman Ann Reed said.';
		expect(namedTermReason(en, 'en', spanOf(en, 'round up'), 0)).toBe('named by a thing');
		expect(quoted(en, 'en')).not.toContain('round up');
		const de = 'Der Versandhändler startet, was das Unternehmen „Blitzlieferung“ nennt, sagte eine Sprecherin.';
		expect(namedTermReason(de, 'de', spanOf(de, 'Blitzlieferung'), 0)).toBe('named by a thing');
		expect(quoted(de, 'de')).not.toContain('Blitzlieferung');
		// "mit dem Namen", "namens" are term markers (lexicon data).
		const deNamed = 'Die Bahn führt einen Tarif mit dem Namen „Sparpreis plus“ ein, sagte ein Sprecher.';
		expect(quoted(deNamed, 'de')).not.toContain('Sparpreis plus');
		const deBefore = 'Der Konzern nennt den neuen Tarif „Stadt plus“, sagte ein Sprecher.';
		expect(namedTermReason(deBefore, 'de', spanOf(deBefore, 'Stadt plus'), 0)).toBe('named by a thing');
		// A person who "nennt" something so is quoted.
		const person = 'Die Ministerin Sara Brandt nennt den Plan „völlig verfehlt“.';
		expect(namedTermReason(person, 'de', spanOf(person, 'völlig verfehlt'), 0)).toBeNull();
		expect(quoted(person, 'de')).toContain('völlig verfehlt');
	});

	it('keeps what a person calls something: "called it a disgrace", "what he called a witch hunt"', () => {
		const calledIt = 'Senator Mark Hale called it "a disgrace" and left the room.';
		expect(namedTermReason(calledIt, 'en', spanOf(calledIt, 'a disgrace'), 0)).toBeNull();
		expect(quoted(calledIt, 'en')).toContain('a disgrace');
		const whatHeCalled = 'Former president Tom Lake attacked what he called a "witch hunt" against his family.';
		expect(namedTermReason(whatHeCalled, 'en', spanOf(whatHeCalled, 'witch hunt'), 0)).toBeNull();
		expect(quoted(whatHeCalled, 'en')).toContain('witch hunt');
	});
});

describe('rule: the same words quoted again after they were found a term', () => {
	it('drops every later mention of a feature named earlier, in English', () => {
		const text = 'The airline said it will launch a new "seat swap" feature next month, chief executive Paul Grant said.\n\nBut "seat swap" will only work on long-haul flights, and "seat swap" costs extra.';
		expect(quoted(text, 'en')).not.toContain('seat swap');
	});

	it('drops a named term in German when it comes back', () => {
		const text = 'Die Stadt plant eine sogenannte „grüne Welle“ für Radfahrer, sagte Bürgermeisterin Anna Roth.\n\nDie „grüne Welle“ soll im Mai kommen.';
		expect(quoted(text, 'de')).not.toContain('grüne Welle');
	});

	it('keeps words a person said twice when they were never named a term', () => {
		const text = 'Police chief Laura Brent said she had "grave doubts" about the plan.\n\nThose "grave doubts" were shared by the mayor, Brent said.';
		expect(quoted(text, 'en').filter((words) => words === 'grave doubts').length).toBeGreaterThanOrEqual(1);
	});
});

describe('rule: a capitalised name after a preposition of source ("told", "bei")', () => {
	it('drops the broadcaster a speaker talked to', () => {
		const de = '„Wir haben verdient verloren“, sagte Trainer Jonas Weber bei „Nordfunk“. „Jetzt müssen wir zusammenhalten.“';
		expect(namedTermReason(de, 'de', spanOf(de, 'Nordfunk'), 0)).toBe('source');
		expect(quoted(de, 'de')).not.toContain('Nordfunk');
		const en = 'The coach, Dan Miles, told "Channel Five" the result was fair.';
		expect(namedTermReason(en, 'en', spanOf(en, 'Channel Five'), 0)).toBe('source');
	});

	it('keeps a lower-case fragment after the same preposition', () => {
		const de = 'Der Minister hält einen Durchbruch bei den Gesprächen für „unwahrscheinlich“, sagte Klaus Brandt.';
		expect(namedTermReason(de, 'de', spanOf(de, 'unwahrscheinlich'), 0)).toBeNull();
		expect(quoted(de, 'de')).toContain('unwahrscheinlich');
		const en = 'Officials told "no one" about the leak, the inspector Jane Holt said.';
		expect(namedTermReason(en, 'en', spanOf(en, 'no one'), 0)).toBeNull();
	});
});

describe('rule: quotation marks glued to a hyphen compound', () => {
	it('drops „Wort“-Compound and "word"-compound', () => {
		const de = 'Nach seinem „Schurken“-Vergleich sagte Kanzler Otto Lenz: „Das war ein Fehler.“';
		expect(namedTermReason(de, 'de', spanOf(de, 'Schurken'), 0)).toBe('compound');
		expect(quoted(de, 'de')).not.toContain('Schurken');
		expect(quoted(de, 'de')).toContain('Das war ein Fehler.');
		const en = 'After the "lazy"-gate row, minister Ruth Cole said she was sorry.';
		expect(namedTermReason(en, 'en', spanOf(en, 'lazy'), 0)).toBe('compound');
	});

	it('keeps a fragment followed by a dash set off by spaces', () => {
		const de = 'Der Plan sei „völlig verfehlt“ - so sagte es Ministerin Eva Kranz.';
		expect(namedTermReason(de, 'de', spanOf(de, 'völlig verfehlt'), 0)).toBeNull();
	});
});

describe('rule: the name of a day, a week or a prize (head noun and its genitive)', () => {
	it('drops „der Tag der …“ and "Day of …" names', () => {
		const de = 'Der Präsident Igor Sokolow kündigte an, am 3. Mai solle „der Tag der Bergleute“ gefeiert werden.';
		expect(namedTermReason(de, 'de', spanOf(de, 'der Tag der Bergleute'), 0)).toBe('name of a day');
		expect(quoted(de, 'de')).not.toContain('der Tag der Bergleute');
		const en = 'Governor Amy Shore said the state would mark a "Day of the Volunteer" in June.';
		expect(namedTermReason(en, 'en', spanOf(en, 'Day of the Volunteer'), 0)).toBe('name of a day');
	});

	it('keeps a noun phrase someone said whose head is no name head, and a clause with a day in it', () => {
		const de = 'Ein Komiker nannte die Region eine „Insel des Elends“, sagte Moderator Tim Kurz.';
		expect(namedTermReason(de, 'de', spanOf(de, 'Insel des Elends'), 0)).toBeNull();
		const clause = 'Sie sagte, der Tag der Abstimmung „ist ein Tag der Schande“.';
		expect(namedTermReason(clause, 'de', spanOf(clause, 'ist ein Tag der Schande'), 0)).toBeNull();
		const en = 'Mayor Jo Price said it was "a day of shame" for the city.';
		expect(namedTermReason(en, 'en', spanOf(en, 'a day of shame'), 0)).toBeNull();
		expect(quoted(en, 'en')).toContain('a day of shame');
	});
});
