// Who can be a speaker at all (twelfth session): a party in brackets marks a person whatever the given-name list knows, and nouns that name no one are passed over when a role or a body is resolved (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const analysis = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language});
const speakerOf = (text: string, language: 'de' | 'en', words: string) => analysis(text, language).quotes.find((quote) => quote.text.includes(words))?.speaker;

describe('a party short form in brackets makes the name before it a person', () => {
	it('German: a given name the list does not know ("Gerwin Talholm (SPD)") is a person, so "er" later means him', () => {
		const text = 'Haushalt\n\nMinister Karl Obermeier verteidigte den Entwurf. Der Beauftragte der Regierung, Gerwin Talholm (SPD) forderte mehr Geld: „Wir brauchen jetzt Klarheit“, sagte er.';
		const {people, quotes} = analysis(text, 'de');
		expect(quotes.find((quote) => quote.text.includes('Klarheit'))?.speaker).toBe('Gerwin Talholm');
		expect(people.find((entry) => entry.name === 'Gerwin Talholm')?.kind).toBeUndefined();
		expect(people.some((entry) => entry.name.includes('('))).toBe(false);
	});

	it('German: an apposed name with a party after an opening role speaks ("Der Sprecher der Fraktion, Ortwin Pahl (CDU), sagte")', () => {
		const text = 'Gesetz\n\nKritik am Gesetz\nDer Sprecher der Fraktion, Ortwin Pahl (CDU), sagte: „Das ist ein schwarzer Tag.“';
		expect(speakerOf(text, 'de', 'schwarzer Tag')).toBe('Ortwin Pahl');
	});

	it('English: "Rainald Quist (SNP)" is a person', () => {
		expect(speakerOf('Vote\n\n"We will not back this," said Rainald Quist (SNP).', 'en', 'back this')).toBe('Rainald Quist');
	});

	it('still reads a body\'s name with a short form in brackets as a body, and a body\'s noun before a party as no person', () => {
		expect(speakerOf('Asyl\n\nDas Bundesamt für Migration und Flüchtlinge (BAMF) teilte mit, die Zahl der Anträge sei gesunken.', 'de', 'Anträge')).toBe('Bundesamt für Migration und Flüchtlinge (BAMF)');
		const fraction = analysis('Haushalt\n\nDie Bundestagsfraktion (SPD) erklärte, der Entwurf sei solide.', 'de');
		expect(fraction.people.some((entry) => entry.name === 'Bundestagsfraktion' && entry.kind === undefined)).toBe(false);
	});
});

describe('a role or a body noun is never resolved to a word that names no one', () => {
	it('German: "der Sprecher" after "Die Rettungskräfte …" is the spokesman introduced before, not the group noun the sentence opened with', () => {
		const text = 'Suche\n\nEin Polizeisprecher sagte, die Lage sei ernst.\n\nDie Rettungskräfte gehen davon aus, dass der Junge sich versteckt. „Wir suchen weiter“, sagte der Sprecher.';
		expect(speakerOf(text, 'de', 'suchen weiter')).not.toBe('Rettungskräfte');
	});

	it('German: "Das Unternehmen erklärte" after a sentence opened by an abstract noun ("Forderungen …") is the company named before', () => {
		const text = 'Insolvenz\n\nDer Batteriehersteller Voltara hat Gläubigerschutz beantragt. Forderungen von Gläubigern werden zurückgestellt. Das Unternehmen erklärte, es werde wie gewohnt weiterarbeiten.';
		const speaker = speakerOf(text, 'de', 'weiterarbeiten');
		expect(speaker).not.toBe('Forderungen');
	});

	it('German: "das Unternehmen" with no body registered before is the one-word name the title gives and the text repeats', () => {
		const text = 'Voltara beantragt Gläubigerschutz\n\nVoltara hat am Montag Gläubigerschutz beantragt. Voltara beschäftigt 3000 Menschen. Forderungen von Gläubigern werden zurückgestellt. Das Unternehmen erklärte, es werde wie gewohnt weiterarbeiten. Voltara war lange ein Hoffnungsträger.';
		expect(speakerOf(text, 'de', 'weiterarbeiten')).toBe('Voltara');
	});

	it('German: "Ihren Angaben zufolge" does not go to a street named before ("Brienner Straße")', () => {
		const text = 'Schüsse\n\nDie Polizei bat, den Bereich Brienner Straße zu meiden. Ihren Angaben zufolge war der Täter allein.';
		expect(speakerOf(text, 'de', 'Täter allein')).not.toBe('Brienner Straße');
	});

	it('German: a pronoun capitalised at a sentence start ("Ihm zufolge") is no one the spokesman could be', () => {
		const text = 'Suche\n\nDie Einsatzkräfte gehen davon aus, dass der Junge sich versteckt. Daher müsse gesucht werden, erklärte der Polizeisprecher. Ihm zufolge hatte der Vater sofort die Polizei alarmiert. „Wir stehen in engem Kontakt mit der Familie“, sagte der Sprecher.';
		for (const words of ['gesucht werden', 'engem Kontakt']) expect(['Einsatzkräfte', 'Ihm']).not.toContain(speakerOf(text, 'de', words));
		expect(speakerOf(text, 'de', 'engem Kontakt')).toMatch(/sprecher/iu);
	});

	it('still resolves "das Unternehmen" to the company, and "der Sprecher" to a named spokesman', () => {
		const company = 'Insolvenz\n\nVoltara hat Gläubigerschutz beantragt. Das Unternehmen erklärte, es werde wie gewohnt weiterarbeiten.';
		expect(speakerOf(company, 'de', 'weiterarbeiten')).toBe('Voltara');
		const named = 'Suche\n\nPolizeisprecher Jonas Berg sagte, die Lage sei ernst. „Wir suchen weiter“, sagte der Sprecher.';
		expect(speakerOf(named, 'de', 'suchen weiter')).toBe('Jonas Berg');
	});
});

describe('a German cue clause names its own subject, not the noun the sentence opens with', () => {
	it('"oder wie X schreibt: „…“": the verb-final "wie" clause closed by a colon has its subject after "wie"', () => {
		const text = 'Zinsen\n\nDie Notenbank hat ihre Entscheidung vertagt. Mehr Signal ging nicht, oder wie Chefökonomin Petra Lindqvist schreibt: „Die Senkung kommt im Juni.“';
		expect(speakerOf(text, 'de', 'Senkung kommt')).toBe('Petra Lindqvist');
	});

	it('"und wie ein Sprecher sagte, werde …": a "wie" clause after a conjunction is a report, no comparison', () => {
		const text = 'Zinsen\n\nDer Rat tagte lange, und wie ein Sprecher sagte, werde die Entscheidung im Juni fallen.';
		expect(speakerOf(text, 'de', 'im Juni fallen')).toMatch(/Sprecher/u);
	});

	it('"…, so berichtete es die Präsidentin, …": the "es" of an inserted "so" cue stands before its subject', () => {
		const text = 'Zinsen\n\nDie Notenbankchefin Anna Lindqvist stellte die Entscheidung vor. Einige Stimmen im Rat, so berichtete es die Präsidentin, hätten sich bereits für eine Senkung ausgesprochen.';
		expect(speakerOf(text, 'de', 'Senkung ausgesprochen')).toBe('Anna Lindqvist');
	});

	it('still reads "genauso wie X sagte" as no report of X and "so wie" as a comparison', () => {
		const text = 'Wetter\n\nEs regnete genauso wie Anna Lindqvist sagte.';
		expect(analysis(text, 'de').quotes.some((quote) => quote.speaker === 'Anna Lindqvist')).toBe(false);
	});
});

describe('"das Unternehmen" means the body the sentence before opens with, and a plural noun phrase opening a sentence is no body', () => {
	it('German: the body opening the sentence right before beats one named two sentences back', () => {
		const text = 'Autobau\n\nFordwerk will nach Angaben des Betriebsrats mehrere Werke schließen. Zehntausende Arbeitsplätze sind in Gefahr. Der Fordwerk-Konzern hat die Zahlen bisher nicht bestätigt. Schriftlich teilte das Unternehmen mit, man halte an dem Grundsatz fest.';
		expect(speakerOf(text, 'de', 'Grundsatz fest')).toMatch(/Fordwerk/u);
	});

	it('German: "Zehntausende Arbeitsplätze sind …" (a quantifier, a plural verb) is not taken for the body "es" or "das Unternehmen" means', () => {
		const text = 'Autobau\n\nZehntausende Arbeitsplätze sind in Gefahr. Das Unternehmen teilte mit, man prüfe alle Möglichkeiten.';
		expect(speakerOf(text, 'de', 'alle Möglichkeiten')).not.toBe('Zehntausende Arbeitsplätze');
	});

	it('still takes a one-word body opening the sentence before with its singular verb ("Voltara hat …")', () => {
		const text = 'Autobau\n\nVoltara hat die Zahlen nicht bestätigt. Das Unternehmen teilte mit, man prüfe alle Möglichkeiten.';
		expect(speakerOf(text, 'de', 'alle Möglichkeiten')).toBe('Voltara');
	});
});
