// The attribution matrix's cells: each way German and English news attribute speech, crossed with the speaker's form and the quote's kind — made-up sentences written from grammar, not from annotated texts.

import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {spanOverlap, speakerMatches} from '../../source/eval/quotes-score.js';
import type {Quote, QuoteKind} from '../../source/model/quote.js';

/** One quote a cell expects: its kind, its words and who said it (scored as the evaluation scores gold). */
export interface ExpectedQuote {
	kind: QuoteKind;
	text: string;
}

export interface MatrixCell {
	language: 'de' | 'en';
	construction: string;
	form: string;
	text: string;
	expected: ExpectedQuote[];
	/** The speaker as gold would name it; `named` when it is a person or body named in the text (surname rule). */
	speaker: string;
	named: boolean;
}

/** How a speaker stands in a sentence, in the cases the constructions need (absent: the construction is no German/English for this form). */
export interface SpeakerForm {
	name: string;
	/** Sentences before the cell that introduce whom a pronoun or role refers back to. */
	intro?: string;
	/** Nominative (German) / subject (English) phrase, lower-case where it is no name. */
	nom: string;
	/** Dative after "laut" / "zufolge". */
	dat?: string;
	/** What follows "Nach Angaben" ("von Max Muster", "der Polizei"). */
	angaben?: string;
	/** What follows "wie es" and precedes "hieß" ("aus dem Ministerium"). */
	aus?: string;
	/** What follows "hieß es" ("von der Polizei"). */
	von?: string;
	speaker: string;
	named: boolean;
	/** The phrase ends in an apposition, which a comma closes when the sentence goes on. */
	apposed?: boolean;
	/** A pronoun form: no "laut"/"nach Angaben"/apposition-style constructions. */
	pronoun?: boolean;
}

const capital = (phrase: string) => phrase.charAt(0).toUpperCase() + phrase.slice(1);
/** A phrase in the middle of its clause: an apposition is closed by a comma. */
const mid = (form: SpeakerForm, phrase: string | undefined = form.nom) => `${phrase}${form.apposed ? ',' : ''}`;

export const germanForms: SpeakerForm[] = [
	{name: 'full name', nom: 'Jonas Wendrich', dat: 'Jonas Wendrich', angaben: 'von Jonas Wendrich', von: 'Jonas Wendrich', speaker: 'Jonas Wendrich', named: true},
	{name: 'role + name', nom: 'Bundesinnenministerin Nora Fenske', dat: 'Bundesinnenministerin Nora Fenske', angaben: 'von Bundesinnenministerin Nora Fenske', speaker: 'Nora Fenske', named: true},
	{name: 'article + party role + name', nom: 'die SPD-Politikerin Nora Fenske', dat: 'der SPD-Politikerin Nora Fenske', angaben: 'der SPD-Politikerin Nora Fenske', von: 'der SPD-Politikerin Nora Fenske', speaker: 'Nora Fenske', named: true},
	{name: 'role of a body, apposed name', intro: 'Der Konzern Deltacor baut im Herbst Stellen ab.', nom: 'der Chef des Konzerns, Jonas Wendrich', apposed: true, dat: 'dem Chef des Konzerns, Jonas Wendrich', angaben: 'des Chefs des Konzerns, Jonas Wendrich', speaker: 'Jonas Wendrich', named: true},
	{name: 'name + apposition', nom: 'Jonas Wendrich, Chef der Deltacor AG', apposed: true, dat: 'Jonas Wendrich, Chef der Deltacor AG', angaben: 'von Jonas Wendrich, Chef der Deltacor AG', speaker: 'Jonas Wendrich', named: true},
	{name: 'age description referring back', intro: 'Jonas Wendrich leitet die Deltacor AG seit 2019.', nom: 'der 49-Jährige', dat: 'dem 49-Jährigen', speaker: 'Jonas Wendrich', named: true},
	{name: 'age phrase before the name', nom: 'die 35 Jahre alte Nora Fenske', dat: 'der 35 Jahre alten Nora Fenske', angaben: 'der 35 Jahre alten Nora Fenske', speaker: 'Nora Fenske', named: true},
	{name: 'pronoun, another person between', intro: 'Nora Fenske leitet das Amt seit 2021. Ihr Vorgänger Jonas Wendrich war im März zurückgetreten.', nom: 'sie', dat: 'ihr', speaker: 'Nora Fenske', named: true, pronoun: true},
	{name: 'pronoun over two sentences', intro: 'Jonas Wendrich leitet das Amt seit 2021. Seine Vorgängerin Nora Fenske war im März zurückgetreten. Das Amt hat 300 Beschäftigte.', nom: 'er', dat: 'ihm', speaker: 'Jonas Wendrich', named: true, pronoun: true},
	{name: 'role referring back', intro: 'Innenminister Jonas Wendrich besuchte am Montag die Flutgebiete. Begleitet wurde er von Landrätin Nora Fenske.', nom: 'der Minister', dat: 'dem Minister', speaker: 'Jonas Wendrich', named: true},
	{name: 'spokeswoman referring back', intro: 'Nora Fenske ist Sprecherin des Verkehrsministeriums. Minister Jonas Wendrich war nicht zu erreichen.', nom: 'die Sprecherin', dat: 'der Sprecherin', speaker: 'Nora Fenske', named: true},
	{name: 'organisation: police', nom: 'die Polizei', dat: 'der Polizei', angaben: 'der Polizei', aus: 'bei der Polizei', von: 'der Polizei', speaker: 'Polizei', named: false},
	{name: 'organisation: ministry', nom: 'das Ministerium', dat: 'dem Ministerium', angaben: 'des Ministeriums', aus: 'aus dem Ministerium', von: 'dem Ministerium', speaker: 'Ministerium', named: false},
	{name: 'organisation: federal prosecutors', nom: 'die Bundesanwaltschaft', dat: 'der Bundesanwaltschaft', angaben: 'der Bundesanwaltschaft', aus: 'aus der Bundesanwaltschaft', von: 'der Bundesanwaltschaft', speaker: 'Bundesanwaltschaft', named: false},
	{name: 'unnamed spokesman of a body', nom: 'ein Sprecher des Ministeriums', dat: 'einem Sprecher des Ministeriums', angaben: 'eines Sprechers des Ministeriums', speaker: 'Sprecher des Ministeriums', named: false},
];

type Build = (form: SpeakerForm) => {text: string; expected: ExpectedQuote[]} | undefined;

const direct = (text: string): ExpectedQuote => ({kind: 'direct', text});
const partial = (text: string): ExpectedQuote => ({kind: 'partial', text});
const report = (text: string): ExpectedQuote => ({kind: 'indirect', text});

const QUOTE = 'Wir werden die Pläne sorgfältig prüfen.';
const REPORT = 'die Pläne seien zu teuer';

export const germanConstructions: Array<{name: string; build: Build}> = [
	{name: 'direct, cue after (sagte X)', build: (f) => ({text: `„${QUOTE}“, sagte ${f.nom}.`, expected: [direct(QUOTE)]})},
	{name: 'direct, cue after (so X)', build: (f) => ({text: `„${QUOTE}“, so ${f.nom}.`, expected: [direct(QUOTE)]})},
	{name: 'direct, cue after (hieß es von X)', build: (f) => (f.von ? {text: `„${QUOTE}“, hieß es von ${f.von}.`, expected: [direct(QUOTE)]} : undefined)},
	{name: 'direct, cue before with colon', build: (f) => ({text: `${capital(mid(f))} sagte: „${QUOTE}“`, expected: [direct(QUOTE)]})},
	{name: 'direct, cue inserted', build: (f) => ({text: `„Wir werden die Pläne prüfen“, sagte ${f.nom}, „aber nicht vor dem Sommer.“`, expected: [direct('Wir werden die Pläne prüfen'), direct('aber nicht vor dem Sommer.')]})},
	{name: 'direct, cue before with adverbials and colon (erklärte X am Montag in Berlin:)', build: (f) => ({text: `${capital(mid(f))} erklärte am Montag in Berlin: „${QUOTE}“`, expected: [direct(QUOTE)]})},
	{name: 'partial (nannte … „…“)', build: (f) => ({text: `${capital(mid(f))} nannte die Pläne „völlig überzogen“.`, expected: [partial('völlig überzogen')]})},
	{name: 'partial (hält … für „…“)', build: (f) => ({text: `${capital(mid(f))} hält die Pläne für „schlicht unbezahlbar“.`, expected: [partial('schlicht unbezahlbar')]})},
	{name: 'Konjunktiv, cue before (X sagte, …)', build: (f) => ({text: `${capital(mid(f))} sagte, ${REPORT}.`, expected: [report(REPORT)]})},
	{name: 'dass-clause (X sagte, dass …)', build: (f) => ({text: `${capital(mid(f))} sagte, dass die Pläne zu teuer seien.`, expected: [report('dass die Pläne zu teuer seien')]})},
	{name: 'Konjunktiv, cue after (…, sagte X.)', build: (f) => ({text: `${capital(REPORT)}, sagte ${f.nom}.`, expected: [report(REPORT)]})},
	{name: 'Konjunktiv, cue after (…, so X.)', build: (f) => ({text: `${capital(REPORT)}, so ${f.nom}.`, expected: [report(REPORT)]})},
	{name: 'Konjunktiv, cue inserted (…, sagte X, …)', build: (f) => ({text: `Die Pläne seien, sagte ${f.nom}, viel zu teuer.`, expected: [report('Die Pläne seien viel zu teuer')]})},
	{name: 'wie X mitteilte, …', build: (f) => ({text: `Wie ${mid(f)} mitteilte, sollen die Pläne im Sommer geprüft werden.`, expected: [report('sollen die Pläne im Sommer geprüft werden')]})},
	{name: 'laut X', build: (f) => (f.pronoun ? undefined : {text: `Laut ${mid(f, f.dat)} seien die Pläne zu teuer.`, expected: [report('seien die Pläne zu teuer')]})},
	{name: 'X zufolge', build: (f) => ({text: `${capital(mid(f, f.dat ?? f.nom))} zufolge seien die Pläne zu teuer.`, expected: [report('seien die Pläne zu teuer')]})},
	{name: 'nach Angaben von X', build: (f) => (f.angaben ? {text: `Nach Angaben ${mid(f, f.angaben)} sollen die Pläne im Sommer geprüft werden.`, expected: [report('sollen die Pläne im Sommer geprüft werden')]} : undefined)},
	{name: 'nach Auffassung von X', build: (f) => (f.angaben ? {text: `Nach Auffassung ${mid(f, f.angaben)} seien die Pläne zu teuer.`, expected: [report('seien die Pläne zu teuer')]} : undefined)},
	{name: 'nach Einschätzung von X', build: (f) => (f.angaben ? {text: `Nach Einschätzung ${mid(f, f.angaben)} seien die Pläne zu teuer.`, expected: [report('seien die Pläne zu teuer')]} : undefined)},
	{name: 'wie es aus X hieß', build: (f) => (f.aus ? {text: `Wie es ${f.aus} hieß, sollen die Pläne im Sommer geprüft werden.`, expected: [report('sollen die Pläne im Sommer geprüft werden')]} : undefined)},
	{name: 'X teilte mit, …', build: (f) => ({text: `${capital(mid(f))} teilte mit, die Pläne würden im Sommer geprüft.`, expected: [report('die Pläne würden im Sommer geprüft')]})},
	{name: 'X ließ mitteilen, …', build: (f) => ({text: `${capital(mid(f))} ließ mitteilen, die Pläne würden im Sommer geprüft.`, expected: [report('die Pläne würden im Sommer geprüft')]})},
	{name: 'X ließ verlauten, …', build: (f) => ({text: `${capital(mid(f))} ließ verlauten, man werde die Pläne im Sommer prüfen.`, expected: [report('man werde die Pläne im Sommer prüfen')]})},
	{name: 'gegenüber der Zeitung sagte X, …', build: (f) => ({text: `Gegenüber der „Rheinpost“ sagte ${f.nom}, ${REPORT}.`, expected: [report(REPORT)]})},
	{name: 'wies X darauf hin, dass …', build: (f) => ({text: `Zudem wies ${mid(f)} darauf hin, dass die Pläne zu teuer seien.`, expected: [report('dass die Pläne zu teuer seien')]})},
	{name: '…, fügte X hinzu', build: (f) => ({text: `Man werde die Pläne aber prüfen, fügte ${mid(f)} hinzu.`, expected: [report('Man werde die Pläne aber prüfen')]})},
	{name: '…, räumte X ein', build: (f) => ({text: `${capital(REPORT)}, räumte ${mid(f)} ein.`, expected: [report(REPORT)]})},
	{name: '…, kündigte X an', build: (f) => ({text: `Man werde die Pläne im Sommer prüfen, kündigte ${mid(f)} an.`, expected: [report('Man werde die Pläne im Sommer prüfen')]})},
	{name: '…, gab X zu bedenken', build: (f) => ({text: `${capital(REPORT)}, gab ${mid(f)} zu bedenken.`, expected: [report(REPORT)]})},
	{name: 'Konjunktiv continuation after a report', build: (f) => ({text: `${capital(mid(f))} sagte, ${REPORT}. Zudem fehle das Personal für die Umsetzung.`, expected: [report(REPORT), report('Zudem fehle das Personal für die Umsetzung')]})},
	{name: 'Konjunktiv continuation after a direct quote', build: (f) => ({text: `„${QUOTE}“, sagte ${f.nom}. Eine Entscheidung falle aber erst im Sommer.`, expected: [direct(QUOTE), report('Eine Entscheidung falle aber erst im Sommer')]})},
];

export const englishForms: SpeakerForm[] = [
	{name: 'full name', nom: 'Tom Harlow', speaker: 'Tom Harlow', named: true},
	{name: 'role + name', nom: 'Finance Minister Tom Harlow', speaker: 'Tom Harlow', named: true},
	{name: 'name + apposition', nom: 'Tom Harlow, the chief executive of Deltacor', apposed: true, speaker: 'Tom Harlow', named: true},
	{name: 'pronoun, another person between', intro: 'Sarah Quinn has led the agency since 2021. Her predecessor, Tom Harlow, resigned in March.', nom: 'she', speaker: 'Sarah Quinn', named: true, pronoun: true},
	{name: 'role referring back', intro: 'Interior Minister Tom Harlow visited the flooded towns on Monday. He was joined by the mayor, Sarah Quinn.', nom: 'the minister', speaker: 'Tom Harlow', named: true},
	{name: 'firm named by its role', intro: 'Harlow & Partners were appointed administrators of the retailer Deltacor on Monday.', nom: 'the administrators', speaker: 'Harlow & Partners', named: true},
	{name: 'organisation: the company', intro: 'Deltacor will close twelve stores this year.', nom: 'the company', speaker: 'Deltacor', named: true},
	{name: 'organisation: police', nom: 'police', speaker: 'Police', named: false},
	{name: 'unnamed spokesperson of a body', nom: 'a spokesperson for the ministry', speaker: 'spokesperson for the ministry', named: false},
];

const EN_QUOTE = 'We will look at the plans carefully.';
const EN_REPORT = 'the plans were too expensive';

export const englishConstructions: Array<{name: string; build: Build}> = [
	{name: 'direct, cue after (X said)', build: (f) => ({text: `"We will look at the plans carefully," ${mid(f)} said.`, expected: [direct('We will look at the plans carefully,')]})},
	{name: 'direct, cue after (said X)', build: (f) => (f.pronoun ? undefined : {text: `"We will look at the plans carefully," said ${f.nom}.`, expected: [direct('We will look at the plans carefully,')]})},
	{name: 'direct, cue before with colon', build: (f) => ({text: `${capital(mid(f))} said: "${EN_QUOTE}"`, expected: [direct(EN_QUOTE)]})},
	{name: 'partial (called it "…")', build: (f) => ({text: `${capital(mid(f))} called the plans "a disgrace".`, expected: [partial('a disgrace')]})},
	{name: 'reported, cue before (X said …)', build: (f) => ({text: `${capital(mid(f))} said ${EN_REPORT}.`, expected: [report(EN_REPORT)]})},
	{name: 'that-clause (X said that …)', build: (f) => ({text: `${capital(mid(f))} said that ${EN_REPORT}.`, expected: [report(`that ${EN_REPORT}`)]})},
	{name: 'reported, cue after (…, X said.)', build: (f) => ({text: `The plans were too expensive, ${mid(f)} said.`, expected: [report('The plans were too expensive')]})},
	{name: 'according to X', build: (f) => (f.pronoun ? undefined : {text: `According to ${f.nom}, the plans are too expensive.`, expected: [report('the plans are too expensive')]})},
	{name: 'X told Reuters …', build: (f) => ({text: `${capital(mid(f))} told Reuters ${EN_REPORT}.`, expected: [report(EN_REPORT)]})},
	{name: 'reported speech continuing over a sentence', build: (f) => ({text: `${capital(mid(f))} said ${EN_REPORT}. The money would be better spent on schools.`, expected: [report(EN_REPORT), report('The money would be better spent on schools')]})},
];

function cells(language: 'de' | 'en', forms: SpeakerForm[], constructions: Array<{name: string; build: Build}>): MatrixCell[] {
	const out: MatrixCell[] = [];
	for (const construction of constructions) {
		for (const form of forms) {
			const built = construction.build(form);
			if (!built) continue;
			const headline = language === 'de' ? 'Streit um die Pläne' : 'Row over the plans';
			const text = `${headline}\n\n${form.intro ? `${form.intro} ` : ''}${built.text}`;
			out.push({language, construction: construction.name, form: form.name, text, expected: built.expected, speaker: form.speaker, named: form.named});
		}
	}
	return out;
}

export const germanCells = (): MatrixCell[] => cells('de', germanForms, germanConstructions);
export const englishCells = (): MatrixCell[] => cells('en', englishForms, englishConstructions);

/** What is wrong with a cell's output, or [] when every expected quote is found with its kind, span and speaker. */
export function cellProblems(cell: MatrixCell, found: readonly Quote[] = analyzeQuotes(cell.text, {language: cell.language}).quotes): string[] {
	const problems: string[] = [];
	const named = new Set(cell.named ? [cell.speaker] : []);
	const used = new Set<Quote>();
	for (const expected of cell.expected) {
		const match = found.filter((quote) => !used.has(quote) && spanOverlap(expected.text, quote.text) > 0).sort((a, b) => spanOverlap(expected.text, b.text) - spanOverlap(expected.text, a.text))[0];
		if (!match) {
			problems.push(`missed [${expected.kind}] "${expected.text}"`);
			continue;
		}
		used.add(match);
		if (match.kind !== expected.kind) problems.push(`"${expected.text}": kind ${match.kind}, not ${expected.kind}`);
		if (!speakerMatches(cell.speaker, match.speaker, named)) problems.push(`"${expected.text}": speaker "${match.speaker}", not ${cell.speaker}`);
	}
	for (const quote of found) if (!used.has(quote)) problems.push(`extra [${quote.kind}] "${quote.text}" — ${quote.speaker}`);
	return problems;
}
