// Speakers named by a description or a given name alone: the last pass that resolves them to the person or body the article introduced (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {quotes} from './checked-quotes.js';

const speakerOf = (text: string, language: 'de' | 'en', fragment: string) => quotes(text, language).find((quote) => quote.text.includes(fragment))?.speaker;

describe('a role description resolves to the person introduced with it', () => {
	it('reads "so der Endokrinologe" as the endocrinologist named before, also when the name follows the quote', () => {
		const before = 'Spritze\n\nEndokrinologe Lukas Brenner von der Uniklinik hat die Studie geprüft. „Die Wirkung ist deutlich“, sagt Brenner. „Die Kassen zahlen nicht“, so der Endokrinologe.';
		expect(speakerOf(before, 'de', 'Die Kassen zahlen nicht')).toBe('Lukas Brenner');
		const after = 'Spritze\n\n„Die Wirkung ist deutlich“, erklärt Endokrinologe und Ernährungsmediziner Lukas Brenner von der Uniklinik. „Die Kassen zahlen nicht“, so der Endokrinologe.';
		expect(speakerOf(after, 'de', 'Die Kassen zahlen nicht')).toBe('Lukas Brenner');
	});

	it('takes a coach for a trainer of the same compound ("Interimstrainer X … so der Interimscoach")', () => {
		const text = 'Abstieg\n\nInterimstrainer Udo Kessler übernimmt bis Saisonende. „Wir geben alles“, sagt Kessler. „Die Fans stehen hinter uns“, so der Interimscoach.';
		expect(speakerOf(text, 'de', 'Die Fans stehen hinter uns')).toBe('Udo Kessler');
	});

	it('gives "the expert" to the person quoted last when nobody was introduced as one, but not to someone with another office', () => {
		const text = 'Plants\n\n"Ivy is easy to grow," explains Milan Horak from Green Rooms. "It needs little light," the expert explains.';
		expect(speakerOf(text, 'en', 'It needs little light')).toBe('Milan Horak');
		const office = 'Summit\n\n"We will talk," said President Mark Holloway. "It was fair," the expert said.';
		expect(speakerOf(office, 'en', 'It was fair')).not.toBe('Mark Holloway');
	});

	it('does not resolve an indefinite or plural description', () => {
		const indefinite = 'Flut\n\nKatastrophenexperte Jan Vogt sprach am Montag. „Das Wasser steigt“, sagte ein Experte.';
		expect(speakerOf(indefinite, 'de', 'Das Wasser steigt')).not.toBe('Jan Vogt');
		const plural = 'Trial\n\n"We appeal," said analyst Anna Price. "The case is weak," analysts said.';
		expect(speakerOf(plural, 'en', 'The case is weak')).not.toBe('Anna Price');
	});
});

describe('a body description resolves to the organisation introduced with it', () => {
	it('reads "the bank said" as the bank named before ("investment banking giant Goldman Sachs")', () => {
		const text = 'Oil\n\nAccording to analysts at investment banking giant Morgan Lyle, output could rise. "Supply will grow sharply," the bank said in a note.';
		expect(speakerOf(text, 'en', 'Supply will grow sharply')).toBe('Morgan Lyle');
	});

	it('never gives a body description ("so die Klinik") to a person named in full', () => {
		const person = 'Studie\n\nKlinikchefin Anna Roth sprach am Montag. „Die Zahlen sind stabil“, so die Klinik.';
		expect(speakerOf(person, 'de', 'Die Zahlen sind stabil')).not.toBe('Anna Roth');
	});
});

describe('a given name alone resolves to the full name', () => {
	it('finds the full name when the surname is also a title ("Tessa Bishop … Tessa said")', () => {
		const text = 'Holidays\n\nBooking insider Tessa Bishop has tips. Tessa explained: "Book on a Tuesday."';
		expect(speakerOf(text, 'en', 'Book on a Tuesday')).toBe('Tessa Bishop');
	});

	it('finds the full name in German too, and keeps a given name that is never written in full', () => {
		const text = 'Urlaub\n\nReiseexpertin Maria Bischof gibt Tipps. Maria sagte: „Buchen Sie früh.“';
		expect(speakerOf(text, 'de', 'Buchen Sie früh')).toBe('Maria Bischof');
		const alone = 'Holidays\n\nOur reader Tessa has tips. Tessa explained: "Book on a Tuesday."';
		expect(speakerOf(alone, 'en', 'Book on a Tuesday')).toBe('Tessa');
	});
});

describe('a given name inside a run of capitals starts the person name', () => {
	it('splits the body before the name off ("Manager at Ocean Florida Abby Dunn"), and "commented" is a verb of saying', () => {
		const text = 'Holidays\n\nMarketing Manager at Sunny Travel Abby Dunn has tips. "Book early," commented Abby.';
		const result = analyzeQuotes(text, {language: 'en'});
		expect(result.people.map((person) => person.name)).toContain('Abby Dunn');
		expect(result.quotes.find((quote) => quote.text.includes('Book early'))?.speaker).toBe('Abby Dunn');
	});

	it('splits a German compound role before the name ("Übergangscoach Uwe Schubert"), but keeps a name that opens with a given name whole', () => {
		const text = 'Abstieg\n\nDas sieht auch Übergangscoach Udo Kessler so. „Wir geben alles“, sagte Kessler.';
		const people = analyzeQuotes(text, {language: 'de'}).people;
		expect(people.map((person) => person.name)).toContain('Udo Kessler');
		expect(people.find((person) => person.name === 'Udo Kessler')?.role).toBe('Übergangscoach');
		const double = analyzeQuotes('Urlaub\n\nReiseleiterin Anna Maria Schmidt gibt Tipps. „Buchen Sie früh“, sagte Schmidt.', {language: 'de'});
		expect(double.quotes.find((quote) => quote.text.includes('Buchen'))?.speaker).toBe('Anna Maria Schmidt');
	});
});

describe('German nouns taken for names are no one a pronoun or a person role means', () => {
	it('does not give "der Sprecher" or "er" to an abstract noun or a noun written after an article ("die Sportförderung", "pro Kilogramm Körpergewicht")', () => {
		const role = 'Brand\n\nDie Hallen blieben zu, wie die Sportförderung des Bezirks mitteilte. „Es gibt keine Gefahr“, sagte der Feuerwehr-Sprecher.';
		expect(speakerOf(role, 'de', 'Es gibt keine Gefahr')).not.toBe('Sportförderung');
		const pronoun = 'Gift\n\nSchon ein Milligramm pro Kilogramm Körpergewicht ist tödlich. Kilogramm Körpergewicht zählt. Er sagte, die Lage sei ernst.';
		expect(speakerOf(pronoun, 'de', 'die Lage sei ernst')).not.toBe('Kilogramm Körpergewicht');
	});

	it('still gives "er" and the role to a person introduced after an article and a role ("Der Landrat Ulrich Penzberg")', () => {
		const text = 'Titel\n\nDer Landrat Ulrich Penzberg sprach am Montag. Er sagte, die Warnungen seien rechtzeitig gekommen.';
		expect(speakerOf(text, 'de', 'die Warnungen seien')).toBe('Ulrich Penzberg');
		const en = 'Title\n\nThe district chief Ulrich Penzberg spoke on Monday. He said the warnings had come in time.';
		expect(speakerOf(en, 'en', 'the warnings had come')).toBe('Ulrich Penzberg');
	});
});

describe('an epithet or "the expert" means whoever just spoke, whatever job the text gave them', () => {
	it('reads "so die Expertin" as the lab head quoted in the paragraph before', () => {
		const text = 'Studie\n\n„Die Daten sind eindeutig“, sagte Mara Lindqvist, Leiterin des Instituts für Klimafolgen an der Universität Kiel.\n\nDie Sommer würden trockener, so die Expertin.';
		expect(speakerOf(text, 'de', 'Die Sommer würden trockener')).toBe('Mara Lindqvist');
	});

	it('reads "the expert" and an epithet ("the Florida fan") as the manager who spoke last, and "she" after it too', () => {
		const text = 'Travel\n\nBooking agent Tom Reyes, head of sales at Sunway, gave tips. Tom said: "Book early."\n\nMarketing manager Ellen Park gave hers. Ellen said: "Fly midweek."\n\nThe Florida fan explained: "Stay nine nights."\n\nShe noted: "Tampa is cheaper."\n\nThe expert said: "Avoid school holidays."';
		expect(speakerOf(text, 'en', 'Stay nine nights')).toBe('Ellen Park');
		expect(speakerOf(text, 'en', 'Tampa is cheaper')).toBe('Ellen Park');
		expect(speakerOf(text, 'en', 'Avoid school holidays')).toBe('Ellen Park');
	});

	it('does not call a holder of a public office "the expert", nor reach back over two paragraphs', () => {
		const office = 'Gipfel\n\n„Wir verhandeln weiter“, sagte Bundeskanzler Paul Brandt.\n\nDie Lage sei ernst, so der Experte.';
		expect(speakerOf(office, 'de', 'Die Lage sei ernst')).not.toBe('Paul Brandt');
		const far = 'Trial\n\n"The case is weak," said Nora Quinn, director of the Legal Lab.\n\nThe court met on Monday.\n\nThe hearing lasted an hour.\n\n"It will fail," the expert said.';
		expect(speakerOf(far, 'en', 'It will fail')).not.toBe('Nora Quinn');
	});
});

describe('an unnamed speaker keeps one name, and a bare "hieß es" goes on with the speaker just before', () => {
	const said = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.map((quote) => [quote.text, quote.speaker]);

	it('German: "der Polizei-Sprecher" after "ein Polizeisprecher" is the same one; "…, hieß es" continues him in the paragraph', () => {
		const text = 'Unfall\n\n„Die Straße ist gesperrt“, sagte ein Polizeisprecher.\n\n„Wir räumen bis zum Abend“, sagte der Polizei-Sprecher. Verletzte gebe es nicht. Ein Fahrer habe einen Schock erlitten, hieß es.';
		expect(said(text, 'de')).toEqual([
			['Die Straße ist gesperrt', 'ein Polizeisprecher'],
			['Wir räumen bis zum Abend', 'ein Polizeisprecher'],
			['Verletzte gebe es nicht', 'ein Polizeisprecher'],
			['Ein Fahrer habe einen Schock erlitten', 'ein Polizeisprecher'],
		]);
	});

	it('German: a bare "hieß es" with no speaker before in its paragraph stays unattributed; "heißt es auf der Internetseite des Konzerns" is the company\'s', () => {
		const bare = analyzeQuotes('Börse\n\nDie Aktie fiel.\n\nDer Konzern habe weniger verdient als erwartet, hieß es.', {language: 'de'}).quotes;
		expect(bare.map((quote) => quote.speaker)).toEqual(['']);
		const site = analyzeQuotes('Brand\n\nDie Vantor GmbH baut Maschinen. Man sei führend in der Branche, heißt es auf der Internetseite des Unternehmens.', {language: 'de'}).quotes;
		expect(site.map((quote) => quote.speaker)).toEqual(['Vantor GmbH']);
	});

	it('English: "the spokesman" after "a spokesman" is the same unnamed one', () => {
		const text = 'Crash\n\n"The road is closed," a spokesman said.\n\n"We will clear it by tonight," the spokesman said.';
		expect(said(text, 'en')).toEqual([['The road is closed', 'a spokesman'], ['We will clear it by tonight', 'a spokesman']]);
	});
});

describe('circles and plural roles as speakers', () => {
	const speakers = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.map((quote) => [quote.text, quote.speaker]);

	it('German: "Am Markt hieß es, …" is the market\'s, and a Konjunktiv sentence after it goes on with it', () => {
		expect(speakers('Börse\n\nDer Dax fiel. Am Markt hieß es, die Zinsen seien zu hoch. Zudem werde erwartet, dass der Euro falle.', 'de')).toEqual([
			['die Zinsen seien zu hoch', 'Markt'],
			['Zudem werde erwartet, dass der Euro falle', 'Markt'],
		]);
	});

	it('German: "Die Analysten der Bank X merken an, dass …" is that group, not a single analyst named before', () => {
		const text = 'Börse\n\nAnalystin Jana Roth von der Sparbank sprach von einem Rückschlag. Die Analysten der Großbank Norbank merken aber an, dass es sich nur um eine Pause handele.';
		expect(speakers(text, 'de').find(([quote]) => quote!.includes('Pause'))?.[1]).toBe('Die Analysten der Großbank Norbank');
		const one = 'Börse\n\nAnalystin Jana Roth von der Sparbank sprach am Morgen. Die Analystin merkt aber an, dass es sich nur um eine Pause handele.';
		expect(speakers(one, 'de').find(([quote]) => quote!.includes('Pause'))?.[1]).toBe('Jana Roth');
	});

	it('English: "analysts at X note that …" stays the group, as before', () => {
		const text = 'Markets\n\nAnalyst Jane Roth of Sparbank spoke of a setback. Analysts at Norbank noted that it was only a pause.';
		expect(speakers(text, 'en').find(([quote]) => quote!.includes('pause'))?.[1]).not.toBe('Jane Roth');
	});
});

describe('an unnamed role keeps the body it speaks for', () => {
	const speakers = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.map((quote) => [quote.text, quote.speaker]);

	it('German: a body in the indefinite genitive ("eines Nachrichtendienstes"), without the object in capitals before the verb', () => {
		const text = 'Spionage\n\n„Die Lücke wird gefüllt“, sagte ein hochrangiger Vertreter eines Nachrichtendienstes zu Reuters. Der Fokus liege auf Chips, wie ein Mitarbeiter eines deutschen Dienstes REUTERS berichtet. Laut einem Sprecher der Berliner Polizei liegen keine Erkenntnisse vor.';
		const found = speakers(text, 'de');
		expect(found[0]).toEqual(['Die Lücke wird gefüllt', 'ein hochrangiger Vertreter eines Nachrichtendienstes']);
		expect(found[1]).toEqual(['Der Fokus liege auf Chips', 'ein Mitarbeiter eines deutschen Dienstes']);
		expect(found[2]![1]).toBe('Sprecher der Berliner Polizei');
	});

	it('English: "a spokesman for the Berlin police" keeps its body', () => {
		expect(speakers('Fire\n\n"There is no evidence," a spokesman for the Berlin police said.', 'en')[0]![1]).toContain('Berlin police');
	});
});

describe('a one-word name is completed only by a surname in the article’s sentences, not by a Title-Case headline or a role word', () => {
	it('keeps "Amazon" when the headline reads "Amazon Sues Online Stores …"', () => {
		const text = 'Amazon Sues Online Stores Selling Pirated DVDs\n\nAmazon has filed a lawsuit against a group of online stores. According to Amazon, the sites ship to customers in the U.S. and abroad.';
		expect(speakerOf(text, 'en', 'the sites ship to customers')).toBe('Amazon');
	});

	it('does not take a role word after a body for its surname ("According to Nato" after "Nato Secretary General Mark Rutte")', () => {
		const text = 'Nato summit\n\nAfter a meeting with Nato Secretary General Mark Rutte, the president left. According to Nato, every country in the alliance achieved at least 2% in 2025.';
		expect(speakerOf(text, 'en', 'every country in the alliance')).toBe('Nato');
	});

	it('still completes a given name from the body ("Nusaybah" → "Nusaybah Mohamed")', () => {
		const text = 'Exams Go Online For Pupils\n\nThe school asked Nusaybah Mohamed, 17, about the change. "It is faster," Nusaybah said.';
		expect(speakerOf(text, 'en', 'It is faster')).toBe('Nusaybah Mohamed');
	});
});
