// A sentence opening with a role, then a name set off by commas before the verb: the name is the speaker.

import {describe, expect, it} from 'vitest';
import {speakerIn} from './checked-quotes.js';

describe('role, then the name in commas, then the verb', () => {
	it('de: "Der Schulleiter der Volksschule Tristach, Norbert Salcher, bestätigte …: „…“" is Salcher, not the speaker before', () => {
		const text = 'Schulen\n\nGabi Schwab, Schulleiterin der MS Egger-Lienz sagte am Vormittag: „Es ist schon sehr heiß.“ Der Schulleiter der Volksschule Tristach, Norbert Salcher, bestätigte auf Anfrage ebenfalls ein fast leeres Haus: „Es war sehr, sehr ruhig.“';
		expect(speakerIn(text, 'de', 'sehr, sehr ruhig')).toBe('Norbert Salcher');
		expect(speakerIn(text, 'de', 'sehr heiß')).toBe('Gabi Schwab');
	});

	it('de: with the bare role ("Der Schulleiter, Norbert Salcher, bestätigte") the object after the verb is never the speaker', () => {
		const text = 'Schulen\n\nGabi Schwab sagte am Vormittag: „Es ist schon sehr heiß.“ Der Schulleiter, Norbert Salcher, bestätigte ein fast leeres Haus: „Es war sehr, sehr ruhig.“';
		expect(speakerIn(text, 'de', 'sehr, sehr ruhig')).toBe('Norbert Salcher');
	});

	it('en: "The head teacher of …, Norbert Salcher, confirmed …: "…"" is Salcher', () => {
		const text = 'Schools\n\nGabi Schwab said: "It is very hot." The head teacher of Tristach primary school, Norbert Salcher, confirmed an almost empty building: "It was very, very quiet."';
		expect(speakerIn(text, 'en', 'very, very quiet')).toBe('Norbert Salcher');
	});
});
