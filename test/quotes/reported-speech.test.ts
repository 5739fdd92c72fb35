// Reported (indirect) speech forms, German and English, on sentences written for these tests — and forms that must not fire.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {Quote} from '../../source/model/quote.js';

const lead = 'Budget talks\n\nFinance minister Maria Keller met the unions. ';

function indirect(sentence: string, language: 'de' | 'en'): Quote[] {
	const text = lead + sentence;
	const result = analyzeQuotes(text, {language});
	for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	return result.quotes.filter((quote) => quote.kind === 'indirect' && quote.start >= lead.length);
}

function expectReport(sentence: string, language: 'de' | 'en', clause: string, speaker: string): void {
	const found = indirect(sentence, language);
	const quote = found.find((candidate) => candidate.text.includes(clause));
	expect(quote, `${sentence} → ${JSON.stringify(found.map((item) => item.text))}`).toBeDefined();
	expect(quote!.speaker).toContain(speaker);
}

describe('English reported speech', () => {
	it('reads an inverted cue closing the sentence ("…, said X." / "…, says X, the …")', () => {
		expectReport('The harbour will reopen in spring, said Oskar Brandvold.', 'en', 'harbour will reopen in spring', 'Brandvold');
		expectReport('The harbour will reopen in spring, says Oskar Brandvold, the port director.', 'en', 'harbour will reopen', 'Brandvold');
		expectReport('The harbour will reopen in spring, said the minister on Friday.', 'en', 'harbour will reopen', 'Keller');
	});

	it('keeps the report after "adding (that)" apart from the one before the cue', () => {
		const found = indirect('The harbour will reopen in spring, Oskar Brandvold said, adding that the ferries would return first.', 'en');
		expect(found.map((quote) => quote.text)).toEqual(['The harbour will reopen in spring', 'the ferries would return first']);
		expect(found.every((quote) => quote.speaker === 'Oskar Brandvold')).toBe(true);
		const zero = indirect('The harbour will reopen in spring, Oskar Brandvold said on Monday, adding it would cost millions.', 'en');
		expect(zero.map((quote) => quote.text)).toContain('it would cost millions');
	});

	it('reads that-less clauses after admit/deny/stress/estimate… when the clause has its own auxiliary', () => {
		for (const verb of ['acknowledged', 'admitted', 'predicted', 'stressed', 'confirmed', 'announced', 'estimated', 'denied', 'explained', 'suggested', 'insisted']) {
			expectReport(`Oskar Brandvold ${verb} the new ferry line would lose money in its first year.`, 'en', 'new ferry line would lose money', 'Brandvold');
		}
		expectReport('Oskar Brandvold admitted on Tuesday he had misjudged the costs.', 'en', 'he had misjudged the costs', 'Brandvold');
	});

	it('reads reported questions after asked/questioned/wondered whether|if', () => {
		expectReport('Oskar Brandvold asked whether the grants had been spent properly.', 'en', 'grants had been spent properly', 'Brandvold');
		expectReport('Oskar Brandvold questioned whether the grants had been spent properly.', 'en', 'grants had been spent', 'Brandvold');
		expectReport('Oskar Brandvold asked if the grants had been spent properly.', 'en', 'grants had been spent', 'Brandvold');
	});

	it('does not read an object or a non-clause after those verbs as speech', () => {
		for (const sentence of [
			'Oskar Brandvold announced his resignation on Friday evening.',
			'Oskar Brandvold denied the allegations in a short interview.',
			'Oskar Brandvold confirmed his attendance at the summit in Oslo.',
			'Oskar Brandvold found a flat where he could work in peace.',
			'Oskar Brandvold asked the court for more time to prepare.',
			'Oskar Brandvold estimated the costs of the new ferry line.',
			'It is clear that the ferries will return in spring.',
			'The fact that the ferries returned surprised many people.',
			'Oskar Brandvold knew that the ferries would return in spring.',
			'Oskar Brandvold asked about the ferries in the harbour.',
		]) {
			expect(indirect(sentence, 'en'), sentence).toEqual([]);
		}
	});
});

describe('English verbs of saying beyond "said"', () => {
	it('reads two-word verbs with their clause ("pointed out that", "made (it) clear that")', () => {
		expectReport('Oskar Brandvold pointed out that the harbour had been closed for years.', 'en', 'harbour had been closed', 'Brandvold');
		expectReport('Oskar Brandvold made clear that the harbour would stay closed.', 'en', 'harbour would stay closed', 'Brandvold');
		expectReport('Oskar Brandvold made it clear that the harbour would stay closed.', 'en', 'harbour would stay closed', 'Brandvold');
		expect(indirect('Oskar Brandvold pointed at the harbour and made a clear gesture.', 'en')).toEqual([]);
	});

	it('reads present plural and base forms with a subject before them', () => {
		expectReport('The UN estimates that two million people have left the region.', 'en', 'two million people have left', 'UN');
		expect(indirect('Critics argue that the harbour deal favours one company.', 'en').map((quote) => quote.text)).toContain('the harbour deal favours one company');
		expect(indirect('More research is needed, say the scientists, who warn that fish stocks are falling.', 'en').length).toBeGreaterThan(0);
	});

	it('does not read imperatives, infinitives, modals or negations of base forms as reports', () => {
		for (const sentence of [
			'Please note that the harbour office is closed on Sundays.',
			'Note that the harbour office is closed on Sundays.',
			'The port wants to confirm that the ferries can return.',
			'Oskar Brandvold did not deny that the harbour was losing money.',
			'We stress that the harbour office is closed on Sundays.',
		]) {
			expect(indirect(sentence, 'en'), sentence).toEqual([]);
		}
	});
});

describe('German reported speech', () => {
	it('reads denial and insistence verbs with dass and Konjunktiv', () => {
		expectReport('Hans Brückner bestritt, dass er Geld angenommen habe.', 'de', 'Geld angenommen habe', 'Brückner');
		expectReport('Hans Brückner dementierte, er habe Geld angenommen.', 'de', 'er habe Geld angenommen', 'Brückner');
		expectReport('Hans Brückner beharrte darauf, dass der Vertrag gültig sei.', 'de', 'Vertrag gültig sei', 'Brückner');
	});

	it('reads the separable verbs "gab … an", "machte … deutlich/klar", "sicherte … zu", "legte … dar"', () => {
		expectReport('Hans Brückner gab an, er habe den Wagen nicht gesehen.', 'de', 'er habe den Wagen nicht gesehen', 'Brückner');
		expectReport('Hans Brückner machte deutlich, dass der Hafen geschlossen bleibe.', 'de', 'Hafen geschlossen bleibe', 'Brückner');
		expectReport('Die Ministerin machte am Montag klar, der Hafen bleibe geschlossen.', 'de', 'der Hafen bleibe geschlossen', 'Keller');
		expectReport('Hans Brückner sicherte zu, die Fähren würden im Frühjahr zurückkehren.', 'de', 'Fähren würden im Frühjahr', 'Brückner');
	});

	it('does not read those verbs in other senses, or dass after non-speech words, as speech', () => {
		for (const sentence of [
			'Hans Brückner gab den Ton an, als die Fähren zurückkehrten.',
			'Hans Brückner machte das Boot klar und fuhr hinaus.',
			'Es ist klar, dass der Hafen geschlossen bleibt.',
			'Die Tatsache, dass der Hafen geschlossen bleibt, überrascht niemanden.',
			'Hans Brückner sorgte dafür, dass der Hafen geschlossen blieb.',
			// "kündigte an, … auszuweiten" is a report since the eighteenth session (german-announcements-and-sources.test.ts).
		]) {
			expect(indirect(sentence, 'de'), sentence).toEqual([]);
		}
	});
});

describe('English source phrases and participles', () => {
	it('reads "according to" with figures, an unnamed source, or inside the clause', () => {
		expectReport('The strike ended after eight weeks, according to figures from the Harbour Statistics Office.', 'en', 'strike ended after eight weeks', 'Harbour Statistics Office');
		expectReport('The ferries will return in May, according to two people familiar with the plans.', 'en', 'ferries will return in May', 'two people familiar');
		expectReport('The ferries, according to Oskar Brandvold, will return in May.', 'en', 'will return in May', 'Brandvold');
	});

	it('reads "…, adding that …" after a verb that is not itself a cue, for the sentence subject', () => {
		expectReport('Oskar Brandvold urged both sides to return to talks, adding that a long strike would hurt the town.', 'en', 'a long strike would hurt the town', 'Brandvold');
		expect(indirect('The ferry left the harbour at noon, adding to the delays on the coast.', 'en')).toEqual([]);
	});

	it('passes over a time adverbial after "said" and an opening "Asked whether …"', () => {
		const last = indirect('Oskar Brandvold said last month the harbour would reopen in spring.', 'en');
		expect(last.map((quote) => quote.text)).toEqual(['the harbour would reopen in spring']);
		const asked = indirect('Asked whether the harbour would reopen, Oskar Brandvold said no decision had been taken.', 'en');
		expect(asked.map((quote) => quote.text)).toEqual(['no decision had been taken']);
		expect(asked[0]!.speaker).toBe('Oskar Brandvold');
	});
});

describe('German continuation and plural cues', () => {
	it('reads present plural verbs of saying ("Ökonomen warnen, dass …")', () => {
		const text = 'Haushalt\n\nDie Gewerkschaften trafen sich. Ökonomen warnen, dass die Preise wieder steigen könnten.';
		const found = analyzeQuotes(text, {language: 'de'}).quotes.filter((quote) => quote.kind === 'indirect');
		expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([['dass die Preise wieder steigen könnten', 'Ökonomen']]);
	});

	it('carries reported speech on through "würde" and a regular Konjunktiv I in second place, right after a report', () => {
		const found = indirect('Hans Brückner sagte, der Hafen bleibe geschlossen. Ein Streik würde die Versorgung gefährden. Die Stadt plane neue Anleger.', 'de');
		expect(found.map((quote) => quote.text)).toEqual(['der Hafen bleibe geschlossen', 'Ein Streik würde die Versorgung gefährden', 'Die Stadt plane neue Anleger']);
		expect(found.every((quote) => quote.speaker === 'Hans Brückner')).toBe(true);
	});

	it('does not read a preterite, or a "würde" far from any report, as reported speech', () => {
		const found = indirect('Hans Brückner sagte, der Hafen bleibe geschlossen. Die Stadt prüfte am Abend die Lage. Die Stadt reagierte sofort.', 'de');
		expect(found.map((quote) => quote.text)).toEqual(['der Hafen bleibe geschlossen']);
		expect(indirect('Der Hafen ist seit Montag geschlossen. Ein Streik würde die Versorgung gefährden.', 'de')).toEqual([]);
	});
});

describe('source names with a linking word', () => {
	it('keeps "für"/"for" inside a source name and names the body in the nominative', () => {
		expectReport('Nach Angaben des Instituts für Hafenwirtschaft könnte ein Streik teuer werden.', 'de', 'könnte ein Streik teuer werden', 'Institut für Hafenwirtschaft');
		expectReport('The strike could be costly, according to the Institute for Port Economics.', 'en', 'strike could be costly', 'Institute for Port Economics');
	});
});

describe('cues inside or after a clause with a longer subject', () => {
	it('reads "…, officials in Kyiv said." with the whole subject as speaker', () => {
		expectReport('The harbour will stay closed, officials in Bergen said on Monday.', 'en', 'harbour will stay closed', 'officials in Bergen');
		expectReport('The harbour will stay closed, police in the City of Bergen said.', 'en', 'harbour will stay closed', 'police in the City of Bergen');
	});

	it('reads a cue that interrupts its clause, in both languages', () => {
		expectReport('The harbour, Oskar Brandvold said, would reopen in May.', 'en', 'would reopen in May', 'Brandvold');
		expectReport('Der Hafen, sagte Hans Brückner, werde im Mai wieder öffnen.', 'de', 'werde im Mai wieder öffnen', 'Brückner');
		expect(indirect('In Bergen, where the harbour is, the ferries stopped.', 'en')).toEqual([]);
	});
});

describe('English reporting frames', () => {
	it('reads "quoted as saying", "went on to say that" and a longer addressee after "told"', () => {
		expectReport('Oskar Brandvold was quoted as saying the harbour had been neglected for years.', 'en', 'harbour had been neglected', 'Brandvold');
		expectReport('Oskar Brandvold went on to say that the harbour had been neglected.', 'en', 'harbour had been neglected', 'Brandvold');
		expectReport('Oskar Brandvold told AFP news agency the harbour had been neglected.', 'en', 'harbour had been neglected', 'Brandvold');
	});

	it('does not read an expected, declined or refused statement as a report', () => {
		for (const sentence of [
			'Oskar Brandvold is expected to say that the harbour will reopen.',
			'Oskar Brandvold declined to say whether the harbour would reopen.',
			'Oskar Brandvold refused to comment on whether the harbour would reopen.',
			'It was not clear whether the harbour would reopen.',
		]) {
			expect(indirect(sentence, 'en'), sentence).toEqual([]);
		}
	});
});

describe('German sources in compounds and clauses right after the cue', () => {
	it('reads "nach Polizeiangaben" with the compound\'s first part as source', () => {
		expectReport('Nach Polizeiangaben wurde der Fahrer am Abend festgenommen.', 'de', 'wurde der Fahrer am Abend festgenommen', 'Polizei');
		expectReport('Der Fahrer wurde nach Regierungsangaben am Abend festgenommen.', 'de', 'Fahrer wurde', 'Regierung');
	});

	it('ends a source at its name: an adjective after it opens the clause ("laut der „Teheran Times“ wichtigster Handelspartner")', () => {
		const found = indirect('EU-weit war Deutschland laut eines Berichts der „Teheran Times“ wichtigster Handelspartner.', 'de');
		expect(found.map((quote) => quote.speaker)).toEqual(['Teheran Times']);
		const body = indirect('Immerhin ist Deutschland nach Angaben des Statistischen Bundesamts größter EU-Exporteur.', 'de');
		expect(body.map((quote) => quote.speaker)).toEqual(['Statistisches Bundesamt']);
		// Before the name an adjective still belongs to the source.
		expectReport('Nach Angaben der zuständigen Staatsanwaltschaft Köln wurde der Fahrer festgenommen.', 'de', 'wurde der Fahrer festgenommen', 'Staatsanwaltschaft Köln');
	});

	it('takes the clause right after "sagte," as the report, not a later dass-clause inside it', () => {
		const found = indirect('Hans Brückner sagte, er gehe davon aus, dass der Hafen bald öffne.', 'de');
		expect(found.map((quote) => quote.text)).toEqual(['er gehe davon aus, dass der Hafen bald öffne']);
	});
});

describe('headline reports without "that" or an auxiliary', () => {
	function headline(text: string): string[] {
		return analyzeQuotes(text, {language: 'en'}).quotes.filter((quote) => quote.kind === 'indirect').map((quote) => `${quote.text} | ${quote.speaker}`);
	}

	it('reads a present-tense verb of saying with a past-tense clause in the headline', () => {
		expect(headline('Inquiry finds harbour staff ignored warnings\n\nThe inquiry was published on Monday.')).toEqual(['harbour staff ignored warnings | Inquiry']);
		expect(headline('Mayor admits officials misjudged the storm\n\nThe mayor spoke on Monday.')[0]).toContain('officials misjudged the storm');
	});

	it('does not read a passive headline, an object, or a name as the addressee of "told" as a report', () => {
		expect(headline('Harbour master found dead aged 60\n\nPolice are investigating.')).toEqual([]);
		expect(headline('Study finds new links between coffee and health\n\nCoffee is popular.')).toEqual([]);
		expect(headline('Survivors speak\n\nOver two months, they told Oskar Brandvold their harrowing stories.')).toEqual([]);
	});
});

describe('closing "wie/as" cues, adverbs before an inverted subject, document owners', () => {
	it('reads "…, wie X mitteilte." and "…, as X said."', () => {
		expectReport('Der Hafen bleibt bis Mittwoch geschlossen, wie Hans Brückner mitteilte.', 'de', 'Der Hafen bleibt bis Mittwoch geschlossen', 'Brückner');
		expectReport('The harbour will stay closed until Wednesday, as Oskar Brandvold said on Monday.', 'en', 'harbour will stay closed', 'Brandvold');
	});

	it('passes over a sentence adverb before the inverted German subject', () => {
		expectReport('Der Hafen solle sofort öffnen, forderte dagegen Hans Brückner.', 'de', 'Der Hafen solle sofort öffnen', 'Brückner');
	});

	it('takes the owner of a document after "laut" as the source, and keeps it out of the clause', () => {
		const found = indirect('Laut einer Umfrage des Instituts Nordpol nutzt jeder dritte Pendler die Fähre.', 'de');
		expect(found.map((quote) => quote.text)).toEqual(['nutzt jeder dritte Pendler die Fähre']);
		expect(found[0]!.speaker).toContain('Nordpol');
	});
});

describe('German "Das sagte X." pointing back at the sentence before', () => {
	it('reads the sentence before as what X said, named or not yet named', () => {
		expectReport('Die Fähren kehren im Mai zurück. Das sagte Hans Brückner dem Radiosender.', 'de', 'Die Fähren kehren im Mai zurück', 'Brückner');
		const found = indirect('Der Hafen habe ein Personalproblem. Dies teilte die Reederei Nordlicht am Montag mit.', 'de');
		expect(found.map((quote) => quote.text)).toEqual(['Der Hafen habe ein Personalproblem']);
		expect(found[0]!.speaker).toContain('Nordlicht');
	});

	it('does not read "sagte … ab" (cancelled) as speech', () => {
		expect(indirect('Die Fähren kehren im Mai zurück. Das sagte Hans Brückner schon vor Jahren ab.', 'de')).toEqual([]);
		expect(indirect('Hans Brückner sagte das Treffen am Freitag ab.', 'de')).toEqual([]);
	});
});

describe('present-tense verbs of saying without "that"', () => {
	it('reads claims/insists and plural claim/argue/deny with a clause that has its own auxiliary', () => {
		expectReport('Campaigners claim the new harbour law would hurt fishermen.', 'en', 'new harbour law would hurt fishermen', 'Campaigners');
		expectReport('Oskar Brandvold insists the harbour will reopen in May.', 'en', 'harbour will reopen in May', 'Brandvold');
		expectReport('Residents deny they were warned about the storm.', 'en', 'they were warned', 'Residents');
		expect(indirect('Please confirm you have read the harbour rules.', 'en')).toEqual([]);
		expect(indirect('Residents deny the charges against the harbour master.', 'en')).toEqual([]);
	});
});

describe('bodies named by an adjective and a noun', () => {
	it('takes names like "Deutsche Fährlinie" (adjective + noun) for a body, so "der Konzern" finds it', () => {
		const text = 'Streik\n\nDie Gewerkschaft rief zum Streik auf.\n\nDie Deutsche Fährlinie kritisierte den Streik. Vorstand Jens Ahlgren nannte ihn „unnötig“. Man sei zu Gesprächen bereit, erklärte der Konzern.';
		const found = analyzeQuotes(text, {language: 'de'}).quotes.filter((quote) => quote.kind === 'indirect');
		expect(found.map((quote) => [quote.text, quote.speaker])).toEqual([['Man sei zu Gesprächen bereit', 'Deutsche Fährlinie']]);
	});
});

describe('participles of claiming, coordinated clauses and German verbs of complaint', () => {
	it('reads "…, claiming (that) …" for the sentence subject, the report ending where ", and" opens a clause of its own', () => {
		expectReport('Oskar Brandvold sued the port authority, claiming he had been dismissed unfairly.', 'en', 'he had been dismissed unfairly', 'Brandvold');
		const found = indirect('Oskar Brandvold appealed, alleging that the vote had been rigged, and the court agreed to hear the case.', 'en');
		expect(found.map((quote) => quote.text)).toEqual(['the vote had been rigged']);
		expect(found[0]!.speaker).toContain('Brandvold');
	});

	it('does not give a "that" after "and" to the verb before the "and"', () => {
		const found = indirect('Oskar Brandvold sued, claiming he had been falsely accused and that the port had ruined his business.', 'en');
		expect(found.map((quote) => quote.text)).toEqual(['he had been falsely accused and that the port had ruined his business']);
		expect(found[0]!.speaker).toContain('Brandvold');
	});

	it('reads bemängeln, beklagen and monieren with their dass-clause', () => {
		expectReport('Seit Jahren bemängelt die EU-Kommission, dass die Häfen zu wenig Schutzgebiete ausweisen.', 'de', 'dass die Häfen zu wenig Schutzgebiete ausweisen', 'EU-Kommission');
		expectReport('Oskar Brandvold monierte, dass die Fähren zu spät fahren.', 'de', 'dass die Fähren zu spät fahren', 'Brandvold');
	});
});
