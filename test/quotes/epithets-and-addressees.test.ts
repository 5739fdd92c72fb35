// Speakers named through a party epithet, a coordinated truncated compound role, and the person told (never the speaker).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {Quote} from '../../source/model/quote.js';

function quotes(text: string, language: 'de' | 'en'): Quote[] {
	return analyzeQuotes(text, {language}).quotes;
}

function speakerOf(list: Quote[], fragment: string): string | undefined {
	return list.find((quote) => quote.text.includes(fragment))?.speaker;
}

describe('party epithet after a name with its party tag', () => {
	it('de: "der SPD-Politiker" is the person named with "(SPD)", whatever office was named with them', () => {
		const text = 'Bahn\n\nWie Sachsens Verkehrsminister Jonas Albrecht (SPD) erklärte, reagiert das Land auf die Nachfrage. Auf der Strecke sei mehr nötig. Kritik kam von Landrätin Petra Kühn (CDU). „Im Mai geht es los“, hob der SPD-Politiker hervor.';
		expect(speakerOf(quotes(text, 'de'), 'Im Mai geht es los')).toBe('Jonas Albrecht');
	});

	it('de: the party picks between two people, also in its plural form ("die Grünen-Politikerin" for "(Grüne)")', () => {
		const text = 'Stadt\n\nBürgermeister Tobias Rehm (CDU) lobte den Plan. Stadträtin Mira Sommer (Grüne) blieb skeptisch. „Das reicht nicht“, sagte die Grünen-Politikerin. „Wir liegen im Zeitplan“, sagte der CDU-Politiker.';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'Das reicht nicht')).toBe('Mira Sommer');
		expect(speakerOf(found, 'Wir liegen im Zeitplan')).toBe('Tobias Rehm');
	});
});

describe('coordinated truncated compounds before a name', () => {
	it('de: "Gesundheits-, Sozial- und Integrationsdirektor X" after the verb names X, not "Gesundheits"', () => {
		const text = 'Asyl\n\n«Wir senden falsche Signale aus», sagte der Berner Gesundheits-, Sozial- und Integrationsdirektor Pierre Alain Schnegg. Die Kantone seien am Anschlag.';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'falsche Signale')).toBe('Pierre Alain Schnegg');
		expect(speakerOf(found, 'am Anschlag')).toBe('Pierre Alain Schnegg');
	});

	it('de: "Die Wirtschafts- und Energieministerin X sagte" before the verb names X', () => {
		const text = 'Energie\n\nDie Wirtschafts- und Energieministerin Anna Berg sagte: „Wir senden falsche Signale aus.“ Das sei schlecht.';
		expect(speakerOf(quotes(text, 'de'), 'falsche Signale')).toBe('Anna Berg');
	});

	it('en: a hyphenated word before "and" is no truncated compound of a name ("long- and short-term")', () => {
		const text = 'Rates\n\n"We see long- and short-term risks," said Treasury Secretary Anna Berg.';
		expect(speakerOf(quotes(text, 'en'), 'short-term risks')).toBe('Anna Berg');
	});
});

describe('the person told is never the speaker', () => {
	it('en: "…," X, an expert at Y, told the AP → X, and X goes on speaking', () => {
		const text = 'Talks\n\n"The killing already brought talks back to the drawing board," Lina Khatib, an expert on the conflict at think-tank Chatham House, told the AP in an interview.';
		expect(speakerOf(quotes(text, 'en'), 'drawing board')).toBe('Lina Khatib');
	});

	it('en: "…," told reporters names no reporter; the named person before the quote speaks', () => {
		const text = 'Talks\n\nMinister Jonas Albrecht left the meeting early. "We will not sign this," he told Reuters on Monday.';
		expect(speakerOf(quotes(text, 'en'), 'not sign')).toBe('Jonas Albrecht');
	});

	it('de: "sagte X der Zeitung Y" keeps X, the one who speaks, not the paper', () => {
		const text = 'Gespräche\n\n„Die Verhandlungen stehen wieder am Anfang“, sagte die Expertin Lina Khatib der Zeitung Neue Rundschau.';
		expect(speakerOf(quotes(text, 'de'), 'wieder am Anfang')).toBe('Lina Khatib');
	});
});
