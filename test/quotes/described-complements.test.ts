// A described German speaker keeps its genitive or "von" complement ("die Betreiber des Lokals", "eine Sprecherin von X"); made-up sentences written from the rule.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('a described speaker keeps its complement', () => {
	it('a common noun after its article, the genitive after the verb: "schrieben die Betreiber des Lokals"', () => {
		const text = 'Vorfall\n\nIn einer Bar kam es zu einem Streit. „Wir dulden das nicht“, schrieben die Betreiber des Lokals am Sonntag.';
		expect(speakerIn(text, 'de', 'Wir dulden das nicht')).toBe('die Betreiber des Lokals');
	});

	it('the genitive before the verb: "Die Veranstalter des Festes erklärten, …"', () => {
		const text = 'Fest\n\nDas Fest fällt aus. Die Veranstalter des Festes erklärten, sie seien sehr enttäuscht.';
		expect(speakerIn(text, 'de', 'sehr enttäuscht')).toBe('Die Veranstalter des Festes');
	});

	it('an unnamed role holder with "von" and a name: "sagte eine Sprecherin von Nordlicht"', () => {
		const text = 'Brand\n\nIn der Nacht brannte ein Laden. „Wir sind erschüttert“, sagte eine Sprecherin von Nordlicht am Dienstag.';
		expect(speakerIn(text, 'de', 'Wir sind erschüttert')).toBe('eine Sprecherin von Nordlicht');
	});

	it('bounded: the complement ends at its noun phrase, not at a place or time after it', () => {
		const text = 'Konzert\n\nDas Konzert fiel aus. „Es tut uns leid“, schrieben die Organisatoren des Festivals auf Instagram.';
		expect(speakerIn(text, 'de', 'Es tut uns leid')).toBe('die Organisatoren des Festivals');
	});

	it('a document with its genitive is its author\'s, not a described speaker: "Eine Studie des Ifo-Instituts"', () => {
		const text = 'Konjunktur\n\nDie Lage bleibt schwierig. Eine aktuelle Studie des Ifo-Instituts hat ergeben, dass viele Firmen Kurzarbeit planen.';
		expect(speakerIn(text, 'de', 'viele Firmen Kurzarbeit')).not.toMatch(/Studie/u);
	});
});
