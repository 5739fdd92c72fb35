// Unnamed spokespeople: "ein Sprecher" / "a spokesman" speaks for the body named just before; "der Sprecher" later is the one the text introduced ("ein Polizeisprecher"); made-up sentences written from the rule.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('an unnamed spokesperson speaks for the body named just before', () => {
	it('German: "trat das Ministerium entgegen – ein Sprecher erklärte" → "ein Sprecher des Ministeriums"', () => {
		const text = 'Haushalt\n\nDie Zeitung berichtete über hohe Kosten. Dieser Darstellung trat das Ministerium entgegen - ein Sprecher erklärte, die Zahlen seien falsch.';
		expect(speakerIn(text, 'de', 'Zahlen seien falsch')).toBe('ein Sprecher des Ministeriums');
	});

	it('German: the body in the sentence before, feminine noun in the genitive: "eine Sprecherin der Polizei"', () => {
		const text = 'Unfall\n\nDie Polizei sperrte die Straße am Abend. Es habe zwei Verletzte gegeben, sagte eine Sprecherin.';
		expect(speakerIn(text, 'de', 'zwei Verletzte')).toMatch(/^eine Sprecherin der Polizei/u);
	});

	it('English: "The Finance Ministry declined … a spokesman said" → "a spokesman for Finance Ministry"', () => {
		const text = 'Budget\n\nThe Finance Ministry declined to comment on the figures. The numbers were wrong, a spokesman said.';
		expect(speakerIn(text, 'en', 'numbers were wrong')).toBe('a spokesman for Finance Ministry');
	});

	it('with no body before, the spokesperson stays unnamed', () => {
		const text = 'Wetter\n\nAm Abend regnete es stark. Es habe keine Schäden gegeben, sagte ein Sprecher.';
		expect(speakerIn(text, 'de', 'keine Schäden')).toBe('ein Sprecher');
	});
});

describe('"der Sprecher" is the spokesperson the text introduced', () => {
	it('German: "Ein Polizeisprecher sagte …" then "sagte der Sprecher" → "ein Polizeisprecher"', () => {
		const text = 'Schüsse\n\nEin Polizeisprecher sagte der Zeitung, die Beamten hätten sofort reagiert. Der Täter sei gestoppt worden, sagte der Sprecher.';
		expect(speakerIn(text, 'de', 'Täter sei gestoppt')).toBe('ein Polizeisprecher');
	});

	it('English: "a fire service spokeswoman" then "the spokeswoman added"', () => {
		const text = 'Fire\n\nA fire service spokeswoman said the blaze started in the kitchen. Nobody was hurt, the spokeswoman added.';
		expect(speakerIn(text, 'en', 'Nobody was hurt')).toBe('a fire service spokeswoman');
	});
});
