// A German body named bare is named in full: a local body ("die Polizei", "der Kanton", "ein Sprecher der Hansestadt") is its place's body, as the article names it or as the story's place gives it; made-up sentences written from the rule.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('a bare local body is the body of its place', () => {
	it('the full name the article uses: "die Polizei Kleinstadt" before, "laut Polizei" after', () => {
		const text = 'Unfall in Wendelfurt\n\nIn Wendelfurt ist am Morgen ein Lastwagen umgekippt, wie die Polizei Wendelfurt mitteilte. Der Fahrer sei leicht verletzt worden, teilte die Polizei später mit.';
		expect(speakerIn(text, 'de', 'leicht verletzt')).toBe('Polizei Wendelfurt');
	});

	it('the town adjective gives the town: "die Lindauer Polizei" → "Polizei Lindau"', () => {
		const text = 'Diebstahl\n\nIn Lindau wurden zwei Räder gestohlen. Die Lindauer Polizei sucht Zeugen. Die Täter seien geflohen, sagte die Polizei.';
		expect(speakerIn(text, 'de', 'Täter seien geflohen')).toBe('Polizei Lindau');
	});

	it('the genitive after the body names its place: "des Kantons Glarus" → "Kanton Glarus"', () => {
		const text = 'Brand\n\nNach dem Brand in Glarus prüft die Regierung des Kantons Glarus die Regeln. Der Kanton teilte mit, die Anlagen müssten jährlich geprüft werden.';
		expect(speakerIn(text, 'de', 'jährlich geprüft')).toBe('Kanton Glarus');
	});

	it('with no full name, the place of the quote\'s sentence: "In Wetzlar … laut Feuerwehr"', () => {
		const text = 'Unwetter\n\nIn Kassel blieb es ruhig. In Wetzlar rückten die Helfer laut Feuerwehr wegen vollgelaufener Keller aus.';
		expect(speakerIn(text, 'de', 'vollgelaufener Keller')).toBe('Feuerwehr Wetzlar');
	});

	it('a description ending in the body takes the place too: "ein Sprecher der Hansestadt" → "… Hansestadt Wismar"', () => {
		const text = 'Wahl\n\nPanne in Wismar: Wähler stimmen im Bus ab. Das Wahllokal sei verschlossen gewesen, teilte ein Sprecher der Hansestadt mit.';
		expect(speakerIn(text, 'de', 'verschlossen gewesen')).toBe('ein Sprecher der Hansestadt Wismar');
	});

	it('the story\'s place when no sentence near names one', () => {
		const text = 'Schüsse in Passau\n\nIn Passau ist am Morgen geschossen worden. Ein Mann wurde in Passau festgenommen.\n\nDie Polizei teilte mit, es gebe keine weiteren Verdächtigen.';
		expect(speakerIn(text, 'de', 'keine weiteren Verdächtigen')).toBe('Polizei Passau');
	});

	it('a Land\'s body takes a Land, a town\'s body no Land: Staatskanzlei Sachsen, no "Stadt Sachsen"', () => {
		const text = 'Kabinett\n\nIn Sachsen wird gewählt. Die Wahl in Sachsen ist im Herbst. Die Minister seien einig, teilte die Staatskanzlei mit.';
		expect(speakerIn(text, 'de', 'Minister seien einig')).toBe('Staatskanzlei Sachsen');
		const town = 'Bau\n\nIn Sachsen wird gebaut. Die Kosten in Sachsen steigen. Die Brücke sei fertig, teilte die Stadt mit.';
		expect(speakerIn(town, 'de', 'Brücke sei fertig')).toBe('Stadt');
	});

	it('a country is no place of a local body, and a body the article places nowhere stays bare', () => {
		const text = 'Lage\n\nIn Deutschland wird es wärmer. In Deutschland regnet es weniger. Die Feuerwehr sagte, die Wälder seien trocken.';
		expect(speakerIn(text, 'de', 'Wälder seien trocken')).toBe('Feuerwehr');
	});

	it('"die Polizei" of an article that names the police office is that office: "Polizeipräsidium Tuttlingen"', () => {
		const text = 'Knall\n\nDas Polizeipräsidium Tuttlingen meldete am Morgen einen Einsatz. Es bestehe laut Polizei keine Gefahr für die Bevölkerung.';
		expect(speakerIn(text, 'de', 'keine Gefahr')).toBe('Polizeipräsidium Tuttlingen');
	});

	it('a town named with its prefix keeps it: "in Bad Tölz" → "Polizei Bad Tölz"', () => {
		const text = 'Unfall\n\nIn Bad Tölz ist ein Radfahrer gestürzt. Er sei schwer verletzt worden, teilte die Polizei mit.';
		expect(speakerIn(text, 'de', 'schwer verletzt')).toBe('Polizei Bad Tölz');
	});

	it('a ministry or a firm is no local body: "das Ministerium" stays as it is', () => {
		const text = 'Schulen\n\nIn Erfurt wird eine Schule gebaut. In Erfurt fehlen Lehrer. Die Lehrer würden bald eingestellt, teilte das Ministerium mit.';
		expect(speakerIn(text, 'de', 'bald eingestellt')).not.toMatch(/Erfurt/u);
	});
});

describe('a generic head is the one compound the article names with it', () => {
	it('"des Ministeriums" after "Bundesumweltministerium" is that ministry, inside a description too', () => {
		const text = 'Rente\n\nDie Rentenkasse werde entlastet, heißt es in einer Vorlage des Bundesumweltministeriums. Der Sprecher des Ministeriums sagte, die Zahlen seien falsch.';
		expect(speakerIn(text, 'de', 'Zahlen seien falsch')).toBe('Der Sprecher des Bundesumweltministeriums');
	});

	it('two compounds with the head leave it bare', () => {
		const text = 'Rente\n\nDie Rentenkasse werde entlastet, heißt es in Vorlagen des Bundesumweltministeriums und des Bundesfinanzministeriums. Der Sprecher des Ministeriums sagte, die Zahlen seien falsch.';
		expect(speakerIn(text, 'de', 'Zahlen seien falsch')).toBe('Der Sprecher des Ministeriums');
	});
});
