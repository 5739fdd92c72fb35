// The people list: known surnames side by side are two people, and common nouns beside names are no entries of their own.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {speakerIn} from './checked-quotes.js';

function peopleOf(text: string, language: 'de' | 'en'): string[] {
	return analyzeQuotes(text, {language}).people.map((person) => person.name);
}

describe('two known surnames side by side are two mentions, not a new person', () => {
	const de = 'Treffen in Rom\n\nBundeskanzlerin Anna Berger hat am Montag Präsident Paul Kessler getroffen. Am Dienstag lud Berger Kessler nach Rom ein. Sie erklärte, dass sie mit dem Treffen zufrieden sei.';

	it('de: verb-second order ("lud Berger Kessler … ein") adds no person "Berger Kessler"', () => {
		expect(peopleOf(de, 'de')).toEqual(['Anna Berger', 'Paul Kessler']);
	});

	it('de: the report of the next sentence goes to the subject, a person the article named', () => {
		expect(speakerIn(de, 'de', 'mit dem Treffen zufrieden')).toBe('Anna Berger');
	});

	it('en: "Berger Kessler aides" after both are named adds no person either', () => {
		const text = 'Talks in Rome\n\nChancellor Anna Berger met President Paul Kessler on Monday. The talks between Berger Kessler aides went on for hours. Berger said the meeting had been useful.';
		expect(peopleOf(text, 'en')).toEqual(['Anna Berger', 'Paul Kessler']);
	});

	it('de: a given name before a known surname is still a new person ("Hunter Biden" after "Joe Biden")', () => {
		const text = 'Wahl\n\nPräsident Joe Biden sprach am Montag. Hunter Biden sagte, er sei zufrieden.';
		expect(peopleOf(text, 'de')).toContain('Hunter Biden');
		expect(speakerIn(text, 'de', 'er sei zufrieden')).toBe('Hunter Biden');
	});
});

describe('German noun phrases of two capitalised words are no names', () => {
	const text = 'Gespräch\n\nDer Nahe Osten war ein weiteres Thema. Die Sicherheit sei an erster Stelle Aufgabe der Europäer, sagte Paul Kessler.';

	it('de: an article opening the sentence ("Der Nahe Osten") opens a noun phrase', () => {
		expect(peopleOf(text, 'de')).not.toContain('Nahe Osten');
	});

	it('de: an inflected adjective before the pair ("an erster Stelle Aufgabe") opens a noun phrase', () => {
		expect(peopleOf(text, 'de')).toEqual(['Paul Kessler']);
	});

	it('de: a body whose name opens with an institution noun after the opening article stays ("Das Landgericht Mannheim")', () => {
		const court = 'Urteil\n\nDas Landgericht Mannheim hat die Klage abgewiesen. Das Landgericht Mannheim erklärte, die Klage sei unbegründet.';
		expect(speakerIn(court, 'de', 'Klage sei unbegründet')).toBe('Landgericht Mannheim');
	});

	it('de: a longer run after the opening article may hold a name ("Die Eheleute Anna Berg …")', () => {
		expect(peopleOf('Festnahme\n\nDie Eheleute Anna Berg und Karl Berg wurden festgenommen.', 'de').some((name) => name.endsWith('Anna Berg'))).toBe(true);
	});
});

describe('a common noun before a given name describes the person and names no body', () => {
	it('de: a genitive after an article ("des Amerikaners Mark Vogel") is no entry', () => {
		const text = 'Freilassung\n\nKessler bedankte sich für die Freilassung des Amerikaners Mark Vogel.';
		expect(peopleOf(text, 'de')).toEqual(['Mark Vogel']);
	});

	it('de: a role after "und" and a role ("der Botschafter und Sonderbeauftragten Karl Lindner") is no entry', () => {
		const text = 'Verhandlungen\n\nDie Gespräche führen der Botschafter und Sonderbeauftragten Karl Lindner und Paul Kessler.';
		expect(peopleOf(text, 'de')).not.toContain('Sonderbeauftragten');
		expect(peopleOf(text, 'de')).toContain('Karl Lindner');
	});

	it('en: a singular noun after "the" ("the American Mark Vogel") is no entry', () => {
		const text = 'Release\n\nKessler thanked him for the release of the American Mark Vogel.';
		expect(peopleOf(text, 'en')).not.toContain('American');
		expect(peopleOf(text, 'en')).toContain('Mark Vogel');
	});
});

describe('one capitalised word after an indefinite article is no name', () => {
	it('de: "die Abschlusserklärung eines Gipfels" adds no person "Gipfels"', () => {
		const text = 'Nato\n\nIn dem Text für die Abschlusserklärung eines Gipfels in Washington wurde der Pfad zur Mitgliedschaft als unumkehrbar bezeichnet.';
		expect(peopleOf(text, 'de')).toEqual([]);
	});

	it('en: "a Summit … declared" is described as written, no entry of the people', () => {
		const text = 'Nato\n\nLast year a Summit in Washington declared that the path to membership was irreversible.';
		expect(peopleOf(text, 'en')).toEqual([]);
		expect(speakerIn(text, 'en', 'path to membership')).toBe('a Summit');
	});

	it('de: a genitive after the noun still names whose it is ("Eine aktuelle Studie des Ifo-Instituts")', () => {
		const text = 'Wirtschaft\n\nEine aktuelle Studie des Ifo-Instituts hat ergeben, dass rund ein Drittel aller Unternehmen auf Kurzarbeit zurückgreifen muss.';
		expect(speakerIn(text, 'de', 'ein Drittel aller Unternehmen')).toBe('Ifo-Institut');
	});
});
