// Who the subject of a verb is past a bracketed tag or an object, and quoted names of things the article keeps using.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {Quote} from '../../source/model/quote.js';

function quotesOf(text: string, language: 'de' | 'en'): Quote[] {
	const result = analyzeQuotes(text, {language});
	for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	return result.quotes;
}

function find(text: string, language: 'de' | 'en', words: string): Quote | undefined {
	return quotesOf(text, language).find((quote) => quote.text.includes(words));
}

describe('a bracketed tag between subject and verb', () => {
	it('is skipped: the named person before it is the subject (German and English)', () => {
		const de = 'Bundestag beschließt Gedenktag\n\nVerteidigungsministerin Clara Vogt (SPD) nannte den Gedenktag ein »Zeichen der Wertschätzung« für die Soldaten.';
		expect(find(de, 'de', 'Zeichen der Wertschätzung')?.speaker).toBe('Clara Vogt');
		const en = 'Budget passes\n\nSenator Maria Lenz (D-Ore.) called the budget "a missed chance" for schools.';
		expect(find(en, 'en', 'a missed chance')?.speaker).toBe('Maria Lenz');
	});

	it('gives the words to the short form in brackets after a quoted name', () => {
		const text = 'Protest gegen Gedenktag\n\nDie »Liga für Abrüstung« (LfA-B) verurteilte den Gedenktag und warnte vor einem »Schritt zurück« in alte Zeiten.';
		expect(find(text, 'de', 'Schritt zurück')?.speaker).toBe('LfA-B');
	});
});

describe('German phrases with an oblique article after the verb', () => {
	it('are no subject: "nannte den Gedenktag" is not said by the Gedenktag', () => {
		const text = 'Gedenktag beschlossen\n\nIm Bundestag nannte den Gedenktag ein Redner »überfällig«.';
		expect(find(text, 'de', 'überfällig')?.speaker ?? '').not.toContain('Gedenktag');
	});

	it('leave a nominative subject after the verb alone ("sagte der Minister")', () => {
		const text = 'Streit um Reform\n\nDie Reform sei »ein Fehler«, sagte der Finanzminister Jonas Hart.';
		expect(find(text, 'de', 'ein Fehler')?.speaker).toBe('Jonas Hart');
	});
});

describe('a quoted capitalised word the article uses three times and more', () => {
	it('is the name of a thing, not a quote ("Job-Turbo", "Fast-Track")', () => {
		const de = 'Der Job-Turbo wirkt\n\nMinisterin Hofmann ist zufrieden mit dem "Job-Turbo". Der Job-Turbo soll Geflüchtete schneller in Arbeit bringen. Kritiker sehen den Job-Turbo skeptisch.';
		expect(quotesOf(de, 'de').filter((quote) => quote.text === 'Job-Turbo')).toHaveLength(0);
		const en = 'Fast-Track plan\n\nThe minister praised the "Fast-Track" on Monday. Fast-Track was launched in May. Critics say Fast-Track is too small.';
		expect(quotesOf(en, 'en').filter((quote) => quote.text === 'Fast-Track')).toHaveLength(0);
	});

	it('stays a quote when used once, and said words repeated in lower case stay quotes', () => {
		const once = 'Streit\n\nDer Verband nannte den Plan eine "Mogelpackung", sagte Sprecherin Anna Berg.';
		expect(find(once, 'de', 'Mogelpackung')).toBeDefined();
		const repeated = 'Risk study\n\nThe institute said the risk was "likely". It called a rise "likely" again. Later it said "likely" once more.';
		expect(quotesOf(repeated, 'en').filter((quote) => quote.text === 'likely').length).toBeGreaterThan(0);
	});
});

describe('"the newspaper", "the paper", "das Blatt"', () => {
	it('mean the outlet the article introduced with such a noun (English and German)', () => {
		const en = 'Leaks\n\nThe minister was worried about revelations by newspaper Nordic Ledger. Police officers had leaked files, the newspaper reported. The paper claimed that the leaks led to attacks.';
		expect(find(en, 'en', 'Police officers had leaked')?.speaker).toBe('Nordic Ledger');
		expect(find(en, 'en', 'the leaks led to attacks')?.speaker).toBe('Nordic Ledger');
		const de = 'Lecks\n\nDer Minister reagierte auf Recherchen der Zeitung Neue Rundschau. Beamte hätten Akten weitergegeben, berichtete das Blatt.';
		expect(find(de, 'de', 'Beamte hätten Akten')?.speaker).toBe('Neue Rundschau');
	});

	it('mean no body the article did not introduce as an outlet', () => {
		const en = 'Leaks\n\nThe agency Nordic Audit reviewed the files. Officers had leaked files, the paper reported.';
		expect(find(en, 'en', 'Officers had leaked')?.speaker ?? '').not.toBe('Nordic Audit');
	});
});

describe('verbs of charging and comparing', () => {
	it('give a quoted fragment to their subject (English and German)', () => {
		const en = 'Budget row\n\nShadow chancellor Oliver Lett spoke on Monday. Mr Lett accused the chancellor of using "fancy statistics" to hide failures.';
		expect(find(en, 'en', 'fancy statistics')?.speaker).toBe('Oliver Lett');
		const compared = 'Leaks\n\nLouisa Brandt, director of an agency, compared the tactics to "mafia methods used by gangs".';
		expect(find(compared, 'en', 'mafia methods')?.speaker).toBe('Louisa Brandt');
		const de = 'Streit\n\nDie Ministerin Clara Vogt verglich die Lage mit einem „Pulverfass kurz vor der Explosion“.';
		expect(find(de, 'de', 'Pulverfass')?.speaker).toBe('Clara Vogt');
	});

	it('leave titles of works alone ("compared it to the film "Titanic"")', () => {
		const en = 'Review\n\nThe critic Mara Jones compared the show to the film "Titanic".';
		expect(find(en, 'en', 'Titanic')).toBeUndefined();
	});
});

describe('a quoted word inside a clause, after an auxiliary or a pronoun', () => {
	it('is a partial quote even when a marker word follows as a verb ("would "gladly" sign")', () => {
		const en = 'Budget\n\nThe governor Eric Holm said that he would "gladly" sign the budget.';
		expect(quotesOf(en, 'en').some((quote) => quote.kind === 'partial' && quote.text === 'gladly')).toBe(true);
	});

	it('leaves a label before its noun a label ("the "Stop" sign")', () => {
		const en = 'Road\n\nThe mayor said drivers ignored the "Stop" sign at the corner.';
		expect(quotesOf(en, 'en').some((quote) => quote.text === 'Stop')).toBe(false);
	});
});

describe('bodies named over "and" and by their initials', () => {
	it('keep "Competition and Markets Authority" whole and know it as "the CMA" later', () => {
		const result = analyzeQuotes('Deal\n\nThe Competition and Markets Authority and Globex said they applied to pause the case, saying a "stay of litigation" was wise.\nThe CMA welcomed it.', {language: 'en'});
		expect(result.quotes.find((quote) => quote.text === 'stay of litigation')?.speaker).toBe('Competition and Markets Authority (CMA)');
		expect(result.people.map((person) => person.name)).not.toContain('Competition');
		expect(result.people.map((person) => person.name)).not.toContain('CMA');
	});

	it('link a German body to its initials ("Bundesamt für Sicherheit in der Informationstechnik" … "das BSI")', () => {
		const result = analyzeQuotes('Warnung\n\nDas Bundesamt für Sicherheit in der Informationstechnik warnt vor Lücken. Das BSI sagte, die Lage sei ernst.', {language: 'de'});
		expect(result.quotes.find((quote) => quote.text.includes('Lage sei ernst'))?.speaker).toContain('BSI');
	});

	it('do not join two people or a person and a body ("Anna Berg and Tom Hale said")', () => {
		const result = analyzeQuotes('Talks\n\nAnna Berg and Tom Hale said the talks had failed. Smith and Partners Bank said it would wait.', {language: 'en'});
		expect(result.people.map((person) => person.name)).toContain('Anna Berg');
		expect(result.people.map((person) => person.name)).toContain('Tom Hale');
	});
});

describe('verbs of defending and justifying', () => {
	it('frame a quote through "als/as" ("verteidigte den Einsatz als „…“", "defended the strike as "…"")', () => {
		const de = 'Sicherheitsrat\n\nUS-Botschafter Mike Walden wies die Vorwürfe zurück und verteidigte den Einsatz als gerechtfertigte „Strafverfolgungsmaßnahme“.';
		expect(find(de, 'de', 'Strafverfolgungsmaßnahme')?.speaker).toBe('Mike Walden');
		const en = 'Strike\n\nThe minister Jonas Hart defended the strike as "an act of self-defence" on Monday.';
		expect(find(en, 'en', 'act of self-defence')?.speaker).toBe('Jonas Hart');
	});

	it('do not frame their quoted object without "als/as" ("verteidigte „Obamacare“")', () => {
		const en = 'Health\n\nThe senator Jonas Hart defended "Obamacare" in a speech.';
		expect(find(en, 'en', 'Obamacare')).toBeUndefined();
	});
});
