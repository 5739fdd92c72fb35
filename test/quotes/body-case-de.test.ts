// German bodies named by proper adjectives and an institution noun, put back in the nominative whatever case the sentence gave them.

import {describe, expect, it} from 'vitest';
import {properBodyDe} from '../../source/analysis/people/body-case-de.js';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

describe('properBodyDe', () => {
	it('puts every case of a neuter body into the nominative', () => {
		for (const written of ['Statistisches Bundesamt', 'Statistischen Bundesamts', 'Statistischen Bundesamtes', 'Statistischem Bundesamt']) {
			expect(properBodyDe(written)).toBe('Statistisches Bundesamt');
		}
		expect(properBodyDe('Auswärtigen Amtes')).toBe('Auswärtiges Amt');
	});

	it('uses the gender of the compound’s last noun', () => {
		expect(properBodyDe('Europäischen Zentralbank')).toBe('Europäische Zentralbank');
		expect(properBodyDe('Internationalen Währungsfonds')).toBe('Internationaler Währungsfonds');
		expect(properBodyDe('Deutschen Gewerkschaftsbundes')).toBe('Deutscher Gewerkschaftsbund');
		expect(properBodyDe('Deutschen Bank')).toBe('Deutsche Bank');
		expect(properBodyDe('Christlich-Sozialen Union')).toBe('Christlich-Soziale Union');
	});

	it('leaves names of other shapes alone', () => {
		expect(properBodyDe('Bundesamt')).toBe(null);
		expect(properBodyDe('Olaf Scholz')).toBe(null);
		expect(properBodyDe('Dosis Impfstoff')).toBe(null);
		expect(properBodyDe('Deutsche Bank AG')).toBe(null);
		expect(properBodyDe('statistischen Bundesamts')).toBe(null);
		expect(properBodyDe('Bundesamt für Migration und Flüchtlinge')).toBe(null);
	});
});

describe('the quote engine names such a body once, in the nominative', () => {
	it('merges "laut Statistischem Bundesamt" and "des Statistischen Bundesamts" into one speaker', () => {
		const text = 'Exporte\n\nDie Auswertung zeigt laut Statistischem Bundesamt jedoch, dass die Exporte stiegen. Nach Angaben des Statistischen Bundesamts sei Deutschland wichtigster Exporteur.';
		const analysis = analyzeQuotes(text, {language: 'de'});
		expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Statistisches Bundesamt', 'Statistisches Bundesamt']);
		expect(analysis.people.map((person) => person.name)).toEqual(['Statistisches Bundesamt']);
	});

	it('keeps the proper adjective of a body after an article ("Die Europäische Zentralbank erklärte")', () => {
		const text = 'Zinsen\n\nDie Europäische Zentralbank erklärte, sie werde die Zinsen senken. Laut der Europäischen Zentralbank sei die Inflation gesunken.';
		const analysis = analyzeQuotes(text, {language: 'de'});
		expect(analysis.quotes.map((quote) => quote.speaker)).toEqual(['Europäische Zentralbank', 'Europäische Zentralbank']);
	});
});

describe('a town’s adjective before a body is indeclinable (review V14 #8)', () => {
	it('keeps "Leipziger" as written: the town is Leipzig, whatever the case', () => {
		expect(properBodyDe('Leipziger Polizei')).toBe('Leipziger Polizei');
		expect(properBodyDe('Wuppertaler Staatsanwaltschaft')).toBe('Wuppertaler Staatsanwaltschaft');
		// A proper adjective of no town still takes the body's ending.
		expect(properBodyDe('Europäischen Zentralbank')).toBe('Europäische Zentralbank');
	});

	it('names "die Leipziger Polizei" as body and town, like the other big cities', () => {
		const text = 'Festnahme\n\nDie Leipziger Polizei nahm am Montag einen Mann fest. Er habe sich gewehrt, teilte die Leipziger Polizei mit.';
		const speakers = analyzeQuotes(text, {language: 'de'}).quotes.map((quote) => quote.speaker);
		expect(speakers).toEqual(['Polizei Leipzig']);
	});
});
