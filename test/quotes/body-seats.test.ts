// A German body named with its seat (fourteenth session): "die Regierung in Gaborone", "ein Sprecher des Lagezentrums in Kiel", "die Münchner Polizei" → the speaker keeps the place (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';

const speakerOf = (text: string, words: string) => analyzeQuotes(text, {language: 'de'}).quotes.find((quote) => quote.text.includes(words))?.speaker;

describe('a body the article names with "in <Ort>" keeps its seat', () => {
	const text = [
		'Jagd in Namibia',
		'Namibia erlaubt die Jagd wieder. Das teilte die Regierung in der Hauptstadt Windhuk mit.',
		'Nach Angaben der Regierung sei die Zahl der Nashörner gestiegen.',
		'Die Regierung in Windhuk versprach, dass die Jagd nur streng geregelt erlaubt werde.',
	].join('\n\n');

	it('the bare body, also where the quote names it bare', () => {
		expect(speakerOf(text, 'Nashörner')).toBe('Regierung in Windhuk');
		expect(speakerOf(text, 'streng geregelt')).toBe('Regierung in Windhuk');
	});

	it('a described spokesperson of the body', () => {
		const report = 'Hochwasser\n\n"Wir räumen ganze Straßen", sagte ein Sprecher des Krisenstabs in Saarbrücken. "Es regnet ohne Pause."';
		expect(speakerOf(report, 'ganze Straßen')).toBe('ein Sprecher des Krisenstabs in Saarbrücken');
	});

	it('a country is a seat too ("Organisatoren in Finnland"); a noun after "in" ("in Sorge") is none, nor two seats', () => {
		expect(speakerOf('Messe\n\nOrganisatoren in Finnland bestätigten, dass die Messe stattfinde.', 'Messe stattfinde')).toBe('Organisatoren in Finnland');
		expect(speakerOf('Streit\n\nDie Kommission in Sorge: Die Lage sei ernst, teilte die Kommission mit.', 'Lage sei ernst')).not.toMatch(/Sorge/u);
		const two = 'Gipfel\n\nDie Botschaft in Kairo und die Botschaft in Beirut sind geschlossen. Die Lage sei ruhig, teilte die Botschaft mit.';
		expect(speakerOf(two, 'Lage sei ruhig')).not.toMatch(/Kairo|Beirut/u);
	});
});

describe('a town\'s body after the town\'s adjective is named as body and town', () => {
	it('"die Münchner Polizei" → "Polizei München", also when the article never writes "in München"', () => {
		const text = 'Wiesn\n\nEin Mann wurde am Festgelände verletzt. Der Täter sei geflohen, teilte die Münchner Polizei mit.';
		expect(speakerOf(text, 'Täter sei geflohen')).toBe('Polizei München');
	});

	it('"die Kieler Staatsanwaltschaft" → "Staatsanwaltschaft Kiel"; an adjective of no known town gives no seat', () => {
		expect(speakerOf('Prozess\n\nDie Anklage sei erhoben, erklärte die Kieler Staatsanwaltschaft.', 'Anklage sei erhoben')).toBe('Staatsanwaltschaft Kiel');
		expect(speakerOf('Prozess\n\nDie Anklage sei erhoben, erklärte die Wolkenheimer Staatsanwaltschaft.', 'Anklage sei erhoben')).toBe('Staatsanwaltschaft');
	});
});
