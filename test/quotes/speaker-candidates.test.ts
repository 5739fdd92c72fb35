// Speaker candidates: who a source noun ("laut Angaben des …") names, and German words that only look like names (sentence openers, things) kept out of the speakers and the people list (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

/** The rules' own analysis (no learned ranker), each quote checked to be the text at its offsets. */
function rules(text: string, language: 'de' | 'en') {
	const result = analyzeQuotes(text, {language, speakerModel: null});
	for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	return result;
}

const speakerIn = (text: string, language: 'de' | 'en', fragment: string) => rules(text, language).quotes.find((quote) => quote.text.includes(fragment))?.speaker;
const peopleIn = (text: string, language: 'de' | 'en') => rules(text, language).people.map((person) => person.name);

describe('a source noun is no speaker: whoever gave the figures is', () => {
	it('reads the owner after "laut Angaben des …", past an attribute set inside its article', () => {
		const text = 'Gaza\n\nIm Gazastreifen wurden laut Angaben des von der Miliz kontrollierten Gesundheitsministeriums rund 300 Menschen getötet.';
		expect(speakerIn(text, 'de', 'Menschen getötet')).toBe('Gesundheitsministerium');
		expect(peopleIn(text, 'de')).not.toContain('Angaben');
	});

	it('reads "laut Feuerwehrangaben" as the fire brigade the article named, as "nach Polizeiangaben" is the police', () => {
		const text = 'Brand\n\nDie Berliner Feuerwehr ist mit 100 Kräften im Einsatz. Laut Feuerwehrangaben zieht die Rauchwolke Richtung Norden.';
		// The town's body after its adjective is named as body and town since the fourteenth session (body-seats.test.ts).
		expect(speakerIn(text, 'de', 'Rauchwolke')).toBe('Feuerwehr Berlin');
		expect(peopleIn(text, 'de')).not.toContain('Feuerwehrangaben');
		const police = 'Wiesn\n\nDer Mann sei nach Polizeiangaben bereits betrunken gewesen.';
		expect(speakerIn(police, 'de', 'betrunken')).toBe('Polizei');
	});

	it('keeps a genitive plural without article with the role it describes ("Vertretern deutscher Nachrichtendienste")', () => {
		const text = 'Spionage\n\nNach Angaben von Vertretern deutscher Nachrichtendienste hat Peking ganze Netzwerke aufgebaut.';
		expect(speakerIn(text, 'de', 'Netzwerke aufgebaut')).toBe('Vertretern deutscher Nachrichtendienste');
	});

	it('takes the noun alone for no one when no source is named ("laut palästinensischen Angaben")', () => {
		const text = 'Nahost\n\nBei dem Angriff sind laut palästinensischen Angaben 13 Personen getötet worden.';
		expect(speakerIn(text, 'de', 'Personen getötet')).not.toBe('Angaben');
		expect(peopleIn(text, 'de')).not.toContain('Angaben');
	});

	it('still reads the owner after an English figures noun ("according to figures from X")', () => {
		const text = 'Jobs\n\nUnemployment rose to 5% last month, according to figures from the Office for National Statistics.';
		expect(speakerIn(text, 'en', 'Unemployment rose')).toContain('Office for National Statistics');
	});
});

describe('German words that open a sentence or name a thing are no one', () => {
	it('takes no verb, negation or adjective opening a sentence for part of a name', () => {
		const people = peopleIn('Sicherheit\n\nIst Deutschland vorbereitet? Zweiter Anlauf für die Reform. Heftiger Schusswechsel an der Grenze. Nicht jeder Einsatz sei rechtens, sagte Anna Berger.', 'de');
		for (const junk of ['Ist Deutschland', 'Zweiter Anlauf', 'Heftiger Schusswechsel', 'Nicht']) expect(people).not.toContain(junk);
		expect(people).toContain('Anna Berger');
	});

	it('gives no quote to a word capitalised only for opening the sentence that the article also writes small', () => {
		const text = 'Metall\n\nEntwickelt wurde das Material, wie die Firma erklärte, in zwei Jahren. Die Forscher haben es selbst entwickelt.';
		expect(peopleIn(text, 'de')).not.toContain('Entwickelt');
	});

	it('describes a service by its noun with whose it is, and keeps it out of the people; a bare name or a body stays', () => {
		const text = 'Brand\n\nAlle Sporthallen blieben geschlossen, wie die Sportförderung des Bezirks mitteilte. Samsung argumentierte vor Gericht, dass das Unternehmen nichts gewusst habe. Die Bildungsdirektion teilte mit, die Schulen blieben offen.';
		expect(speakerIn(text, 'de', 'Sporthallen')).toBe('die Sportförderung des Bezirks');
		const people = peopleIn(text, 'de');
		expect(people).not.toContain('Sportförderung');
		expect(people).toEqual(expect.arrayContaining(['Samsung', 'Bildungsdirektion']));
	});
});

describe('a body is offered under its whole name', () => {
	it('reads a union of a capitalised plural role as one body and gives it the report, not a body named before', () => {
		const text = 'Jobs\n\nThe Telegraph Group says the cuts are needed. The National Union of Journalists said it stood behind the reporters.';
		expect(speakerIn(text, 'en', 'stood behind')).toBe('National Union of Journalists');
		expect(peopleIn(text, 'en')).not.toContain('National Union');
	});

	it('takes an institution with its short form set right after it, no brackets, for one body known by both', () => {
		const de = 'Virus\n\nDie Weltgesundheitsorganisation WHO betonte am Montag, dass nur ein minimales Risiko bestehe. Die WHO warnte zudem vor Panik.';
		expect(speakerIn(de, 'de', 'minimales Risiko')).toBe('Weltgesundheitsorganisation (WHO)');
		expect(peopleIn(de, 'de')).toEqual(['Weltgesundheitsorganisation (WHO)']);
		const en = 'Virus\n\nThe World Health Organization WHO said the risk was minimal.';
		expect(speakerIn(en, 'en', 'risk was minimal')).toBe('World Health Organization (WHO)');
	});

	it('finds the inverted German subject past a focus particle ("warnte etwa der Verfassungsschutz")', () => {
		const text = 'Islamismus\n\nIn Deutschland warnte etwa der Verfassungsschutz davor, dass Islamisten immer mehr Menschen erreichen.';
		expect(speakerIn(text, 'de', 'Islamisten immer mehr')).toBe('Verfassungsschutz');
	});
});

describe('English words that only look like names are no one', () => {
	it('keeps a capital "The" inside a sentence with the title it opens ("According to The Information")', () => {
		const text = 'SpaceX\n\nAccording to The Information, SpaceX is working with Cloudflare to speed up its service.';
		expect(speakerIn(text, 'en', 'SpaceX is working')).toBe('The Information');
		expect(peopleIn(text, 'en')).not.toContain('Information');
	});

	it('takes no numbered thing for the body "it" means ("Article 5 … It says")', () => {
		const text = 'Nato\n\nArticle 5 is one of the core principles of the treaty. It says an attack on one member is an attack on all.';
		expect(peopleIn(text, 'en')).not.toContain('Article');
		expect(speakerIn(text, 'en', 'attack on one member')).not.toBe('Article');
	});

	it('describes people by a nationality and their noun, but keeps a given name of the same ending', () => {
		const text = 'Deal\n\nCanadian regulators are also investigating the transaction and have said it could harm gamers. Brian Cole said he would stay.';
		expect(speakerIn(text, 'en', 'harm gamers')).toBe('Canadian regulators');
		const people = peopleIn(text, 'en');
		expect(people).not.toContain('Canadian');
		expect(people).toContain('Brian Cole');
	});
});

describe('a pronoun with no person named before it', () => {
	it('means the unnamed speaker quoted just before, in either language, when the gender fits', () => {
		const de = 'Jets\n\nDie Luftwaffe nutze die Jets intensiv, erklärt ein Sprecher des Außenministeriums. Die Berichte seien falsch.\nEr räumt aber ein, dass die Wartung „eine Herausforderung“ darstelle.';
		expect(speakerIn(de, 'de', 'Wartung')).toBe('ein Sprecher des Außenministeriums');
		const en = 'Jets\n\n"The jets are used intensively," a spokeswoman for the ministry said. The reports were false.\nShe conceded that maintenance was "a challenge".';
		expect(speakerIn(en, 'en', 'maintenance was')).toBe('a spokeswoman for the ministry');
		const other = 'Jets\n\n"The jets are used intensively," a spokeswoman for the ministry said. The reports were false.\nHe conceded that maintenance was "a challenge".';
		expect(speakerIn(other, 'en', 'maintenance was')).not.toBe('a spokeswoman for the ministry');
	});
});

describe('a German pair opened by a common noun is no name', () => {
	it('reads "Hauptstadt Kiew" as no one when the article writes "die Hauptstadt" elsewhere, and keeps a name pair', () => {
		const text = 'Kiew\n\nDie Südbrücke in der ukrainischen Hauptstadt Kiew ist erneut getroffen worden. Sie verbindet die Hauptstadt mit dem Osten. Das teilt Bürgermeister Vitali Klitschko mit. Das Landgericht Mannheim prüft den Fall, wie das Landgericht Mannheim mitteilte.';
		const people = peopleIn(text, 'de');
		expect(people).not.toContain('Hauptstadt Kiew');
		expect(people).toEqual(expect.arrayContaining(['Vitali Klitschko', 'Landgericht Mannheim']));
	});
});
