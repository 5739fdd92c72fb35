// Reported speech told by grammar (a regular Konjunktiv I before its pronoun subject), fragments quoted inside a report, a quote before an inverted subject, adjectives made nouns as descriptions, double given names and units that are no names (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {genderOfGivenName, genderOfName} from '../../source/analysis/people/given-names.js';
import {isGermanMeasureNoun} from '../../source/analysis/people/name-evidence.js';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const quotes = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes;
const token = (text: string) => ({text, lower: text.toLowerCase(), word: true, cap: /^\p{Lu}/u.test(text)});

describe('a regular Konjunktiv I in -e before its pronoun subject reports speech, lexicon or not', () => {
	it('reads "Seit Wochen ringe sie um …" as the report of the woman named before', () => {
		const text = 'Wahl\n\nDie Ministerin Petra Lang trat am Abend in Kassel auf. Seit Wochen ringe sie um eine Lösung, die alle mittragen. Danach machte sie eine Pause.';
		const found = quotes(text, 'de');
		const report = found.find((quote) => quote.kind === 'indirect' && quote.text.startsWith('Seit Wochen ringe sie'));
		expect(report?.speaker).toBe('Petra Lang');
		// The preterite in "-te" is the writer's narration.
		expect(found.some((quote) => quote.text.includes('machte sie eine Pause'))).toBe(false);
	});

	it('takes the pronoun after the verb for the subject even behind a leading clause ("Während …, kämpfe sie weiter")', () => {
		const text = 'Debatte\n\nAm Abend fragte Carla Brandt die Gäste nach ihren Plänen. Als Gast begrüßte sie den Autor Heribert Maas.\nMit deutlichen Worten positionierte sich Anna-Lena Berghoff in der Sendung. Während andere Staaten zögerten, kämpfe sie weiter für die Ukraine.';
		const report = quotes(text, 'de').find((quote) => quote.kind === 'indirect' && quote.text.includes('kämpfe sie weiter'));
		expect(report?.speaker).toBe('Anna-Lena Berghoff');
	});

	it('does not take the first person ("Morgen schaffe ich es nicht") or an adjective in -e for a Konjunktiv', () => {
		const text = 'Markt\n\nDer Händler Jonas Reiter zog Bilanz. Morgen schaffe ich es nicht. Die ganze Woche blieb ruhig.';
		expect(quotes(text, 'de').filter((quote) => quote.kind === 'indirect')).toEqual([]);
	});
});

describe('a fragment quoted inside a reported clause is a partial quote of the clause\'s speaker', () => {
	it('keeps "„moderne Ausstattung“" inside a Konjunktiv continuation as a partial, with the report\'s speaker', () => {
		const text = 'Reform\n\nDer Minister Karl Baum sprach am Montag im Landtag. Die Reform müsse „ohne jede Abstriche“ kommen, sagte er. Die Polizei brauche mehr Personal. Ziel sei eine „moderne Ausstattung“ für alle Wachen.';
		const found = quotes(text, 'de');
		const partial = found.find((quote) => quote.kind === 'partial' && quote.text === 'moderne Ausstattung');
		const report = found.find((quote) => quote.kind === 'indirect' && quote.text.includes('moderne Ausstattung'));
		expect(partial?.speaker).toBe('Karl Baum');
		expect(report?.speaker).toBe('Karl Baum');
	});

	it('does not make the body a Konjunktiv sentence is about the speaker of the next one ("Daneben müsse die Landespolizei …")', () => {
		const text = 'Reform\n\nDer Minister Karl Baum sprach am Montag im Landtag über die Reform.\n\nDaneben müsse auch die Landespolizei gestärkt werden, die seit Jahren „kaputtgespart“ worden sei. Ziel sei eine „moderne Ausstattung“ für alle Wachen.';
		const found = quotes(text, 'de');
		const partial = found.find((quote) => quote.text === 'moderne Ausstattung');
		expect(partial?.kind).toBe('partial');
		for (const quote of found) expect(quote.speaker).not.toBe('Landespolizei');
	});

	it('English: a fragment in a sentence that reports nobody stays out; one in a report is its speaker\'s', () => {
		const none = 'Budget\n\nMayor Tom Reed spoke to the council on Monday. He said the budget was tight. The town would need "a bold new step" this year to balance it.';
		expect(quotes(none, 'en').some((quote) => quote.text === 'a bold new step')).toBe(false);
		const report = 'Budget\n\nThe town needs "a bold new step" this year to balance the budget, Mayor Tom Reed believes.';
		expect(quotes(report, 'en').find((quote) => quote.text === 'a bold new step')?.speaker).toBe('Tom Reed');
	});
});

describe('names and no names', () => {
	it('reads given names joined by a hyphen as one given name of the first one\'s gender', () => {
		expect(genderOfGivenName('Marie-Agnes')).toBe('female');
		expect(genderOfGivenName('Hans-Peter')).toBe('male');
		expect(genderOfGivenName('Karl-Heinz')).toBe('male');
		expect(genderOfName('Anna-Lena Berghoff')).toBe('female');
		// A surname pair or a compound is none.
		expect(genderOfGivenName('Müller-Lüdenscheidt')).toBe('any');
		expect(genderOfGivenName('Anna-Verlagshaus')).toBe('any');
	});

	it('registers a person with a double given name after a reflexive verb, in both languages', () => {
		const de = analyzeQuotes('Talk\n\nIn der Sendung positionierte sich Marie-Agnes Strack-Zimmermann klar.', {language: 'de'});
		expect(de.people.map((person) => person.name)).toContain('Marie-Agnes Strack-Zimmermann');
		const en = analyzeQuotes('Talk\n\nOn the show, Jean-Luc Martin made his position clear.', {language: 'en'});
		expect(en.people.map((person) => person.name)).toContain('Jean-Luc Martin');
	});

	it('takes German units of measure for amounts, not names ("Kilogramm", "Prozent", "Euro"), and a name for a name', () => {
		for (const unit of ['Kilogramm', 'Milligramm', 'Quadratmeter', 'Prozent', 'Euro', 'Tonnen']) expect(isGermanMeasureNoun(token(unit))).toBe(true);
		for (const name of ['Kilian', 'Euler', 'Meyer', 'Watt', 'Franken']) expect(isGermanMeasureNoun(token(name))).toBe(false);
		const people = analyzeQuotes('Gift\n\nSchon ein Milligramm pro Kilogramm Körpergewicht wirkt. Kilogramm Körpergewicht zählt hier.', {language: 'de'}).people;
		expect(people.map((person) => person.name)).not.toContain('Kilogramm Körpergewicht');
	});
});

describe('a German quote before a finite verb and its inverted subject is that subject\'s, whatever the verb', () => {
	it('reads "„…“, freut sich Vogt" and "„…“, zeigte sie sich zufrieden" as the cyclist\'s', () => {
		const text = 'Rennen\n\nDie Radfahrerin Lena Vogt wurde Zweite. „Wir sind als Team sehr stark gefahren“, freut sich Vogt nach dem Ziel. „Am Berg hat es dann geklappt“, zeigte sie sich zufrieden.';
		const found = quotes(text, 'de');
		expect(found.find((quote) => quote.text.startsWith('Wir sind als Team'))).toMatchObject({kind: 'direct', speaker: 'Lena Vogt'});
		expect(found.find((quote) => quote.text.startsWith('Am Berg'))).toMatchObject({kind: 'direct', speaker: 'Lena Vogt'});
	});

	it('does not make a thing after the verb a speaker ("„…“, gewann der Film den Preis")', () => {
		const text = 'Preis\n\nDer Film lief im Wettbewerb. „Ein Meisterwerk der Stille“, gewann der Film den Preis der Jury.';
		expect(quotes(text, 'de')).toEqual([]);
	});

	it('registers "von Tom Berger" as a person when the article sets "Berger" alone after a verb of saying', () => {
		const text = 'Rennen\n\nLob kam auch von Tom Berger aus Kassel. Später stand er am Ziel. „Das war hart“, sagt Berger.';
		const people = analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name);
		expect(people).toContain('Tom Berger');
		expect(quotes(text, 'de').find((quote) => quote.text === 'Das war hart')?.speaker).toBe('Tom Berger');
	});
});

describe('an adjective or participle made a noun ("der Drittplatzierte", "der 34-Jährige") describes the person named before', () => {
	it('gives "so der Drittplatzierte" and the quote carried on after it to the rider named before, not to the team in brackets', () => {
		const text = 'Rennen\n\nLob kam auch von Tom Berger (Team Nord). „Es war ein sehr hartes Rennen heute“, so der Drittplatzierte. „Morgen fahren wir die nächste Etappe.“';
		const found = quotes(text, 'de');
		expect(found.find((quote) => quote.text.startsWith('Es war ein sehr hartes'))?.speaker).toBe('Tom Berger');
		expect(found.find((quote) => quote.text.startsWith('Morgen fahren wir'))?.speaker).toBe('Tom Berger');
	});

	it('reads "sagte der 34-Jährige" as the man introduced before, and lists no person "34-Jährige"', () => {
		const text = 'Prozess\n\nDer Angeklagte Peter Hollmann erschien am Morgen. „Ich bereue nichts davon“, sagte der 34-Jährige.';
		const analysis = analyzeQuotes(text, {language: 'de'});
		expect(analysis.quotes.find((quote) => quote.text.startsWith('Ich bereue'))?.speaker).toBe('Peter Hollmann');
	});
});

describe('words that describe a speaker named before, not names of their own', () => {
	it('German: "Luxemburgs ehemaliger Außenminister meint" is the man named before, not the state', () => {
		const text = 'Demo\n\nAm Rand steht ein bekannter Gast: Paul Weber. Belgiens früherer Innenminister meint, dass die Demo ein gutes Zeichen sei.';
		expect(quotes(text, 'de').find((quote) => quote.kind === 'indirect')?.speaker).toBe('Paul Weber');
	});

	it('German: a body named after its noun with a state in the genitive stays the body ("der Verfassungsschutz Sachsens")', () => {
		const text = 'Lage\n\nAm Morgen sprach der Forscher Paul Weber in Leipzig. In Dresden warnte der Verfassungsschutz Sachsens davor, dass die Szene wachse.';
		const speaker = quotes(text, 'de').find((quote) => quote.kind === 'indirect')?.speaker;
		expect(speaker).toBeTruthy();
		expect(speaker).not.toBe('Paul Weber');
	});

	it('German: a noun of time ("letzte Woche") is never the speaker', () => {
		const text = 'Etat\n\nDie Ministerin widersprach dem Kollegen Boris Lange. Der hatte letzte Woche gesagt, dass die Kosten stiegen.';
		expect(quotes(text, 'de').find((quote) => quote.kind === 'indirect')?.speaker).not.toBe('Woche');
		expect(analyzeQuotes(text, {language: 'de'}).people.map((person) => person.name)).not.toContain('Woche');
	});

	it('English: "the Paris-based think tank said" is the body the text is about; "the Malawian told" the person named before', () => {
		const body = 'Economy\n\nThe OECD cut its forecast, the OECD said. However, the Paris-based economics think tank said it believed the economy could still recover.';
		expect(quotes(body, 'en').find((quote) => quote.text.startsWith('it believed'))?.speaker).toBe('OECD');
		const person = 'Exodus\n\nGrace Banda, a mother of three, fled a mob in the night. "We lost everything we had," the Malawian told reporters.';
		expect(quotes(person, 'en').find((quote) => quote.text.startsWith('We lost'))?.speaker).toBe('Grace Banda');
	});
});

describe('an announcement speaks for whoever made it', () => {
	it('German: "Die Ankündigungen von X und Y versprachen: …" is X and Y; "Eine Aussage von X lässt vermuten" reports nobody', () => {
		const text = 'Bahn\n\nDie Ankündigungen von Deutscher Nordbahn und Verkehrsministerin Petra Lang versprachen am Montag viel: Der neue Takt werde alle Städte verbinden.';
		const report = quotes(text, 'de').find((quote) => quote.kind === 'indirect');
		expect(report?.speaker).toBe('Deutsche Nordbahn und Petra Lang');
		const inference = 'Bahn\n\nNordbahn plant neue Züge. Eine Aussage von Nordbahn lässt vermuten, dass die Firma genau daran arbeitet.';
		expect(quotes(inference, 'de').find((quote) => quote.text.includes('genau daran arbeitet'))?.speaker ?? '').not.toBe('Nordbahn');
	});

	it('English: "the announcement by X said" is X', () => {
		const text = 'Rail\n\nThe announcement by transport secretary Petra Lang said the new timetable would link all cities.';
		expect(quotes(text, 'en').find((quote) => quote.kind === 'indirect')?.speaker).toBe('Petra Lang');
	});
});
