// An unintroduced spokesperson ("eine Sprecherin", "a spokeswoman") speaks for the body the article is about.

import {describe, expect, it} from 'vitest';
import {quotes, speakerOf} from './checked-quotes.js';

describe('a bare spokesperson speaks for the body named in the title and repeated in the text', () => {
	it('de: "teilte eine Sprecherin mit" in an article about Tiktok is Tiktok', () => {
		const text = 'Tiktok: Brüssel untersucht Wahleinmischung\n\nTiktok steht im Verdacht, Einflüsse nicht zu bekämpfen. Die Kommission untersucht den Einfluss von Tiktok auf die Wahl. Kandidaten hatten vor allem auf Tiktok geworben. Der Konzern weist die Vorwürfe von sich. «Wir haben unsere Plattform geschützt», teilte eine Sprecherin auf Anfrage mit.';
		expect(speakerOf(quotes(text, 'de'), 'Plattform geschützt')).toBe('Tiktok');
	});

	it('en: "a spokeswoman said" in an article about Ryanair is Ryanair', () => {
		const text = 'Ryanair cuts winter flights\n\nRyanair will cut 20 routes this winter. The airline blamed high airport charges. Ryanair had warned of cuts in May, and critics said Ryanair was bluffing. "We regret the impact on passengers," a spokeswoman said.';
		expect(speakerOf(quotes(text, 'en'), 'regret the impact')).toBe('Ryanair');
	});

	it('de: a title noun the text uses with an article ("der Brand") is no body to speak for', () => {
		const text = 'Brand in Lichterfelde\n\nDie Feuerwehr kämpft gegen einen Brand. Der Brand war am Morgen ausgebrochen. Brand und Rauch zogen über den Bezirk. „Wir können nur von außen löschen“, sagte ein Sprecher.';
		expect(speakerOf(quotes(text, 'de'), 'von außen löschen')).not.toBe('Brand');
	});

	it('en: a person named in the title is never the body a spokesperson speaks for', () => {
		const text = 'Starmer faces revolt\n\nKeir Starmer faced a revolt on Monday. Starmer met rebels twice. Aides said Starmer would not budge. "The door remains open," a spokesman said.';
		expect(speakerOf(quotes(text, 'en'), 'door remains open')).not.toBe('Keir Starmer');
	});

	it('de: "ein Sprecher der Polizei" keeps the body that follows, whatever the title names', () => {
		const text = 'Tiktok: Ärger um Video\n\nTiktok löschte ein Video. Nutzer kritisierten Tiktok. Tiktok äußerte sich nicht. „Wir ermitteln“, sagte ein Sprecher der Polizei Berlin.';
		expect(speakerOf(quotes(text, 'de'), 'Wir ermitteln')).not.toBe('Tiktok');
	});
});
