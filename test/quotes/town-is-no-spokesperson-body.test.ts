// The town a story happens in ("Klebeaktion am Flughafen Frankfurt", "in Konstanz") is where, never the body an unnamed spokesperson speaks for (sentences written for the rule).

import {describe, expect, it} from 'vitest';
import {quotes, speakerOf} from './checked-quotes.js';

describe('the town a story happens in is no body an unnamed spokesperson speaks for', () => {
	it('leaves "eine Konzernsprecherin" and "einer Polizeisprecherin" described, not "Frankfurt" or "Konstanz"', () => {
		const airport = 'Klebeaktion am Flughafen Frankfurt\n\nAktivisten haben sich am Morgen in Frankfurt auf ein Rollfeld geklebt. Frankfurt ist der größte Flughafen des Landes, in Frankfurt fielen Flüge aus.\n\nDie Lufthansa prüft Klagen gegen die Täter. „Die Verfahren laufen noch“, sagt eine Konzernsprecherin.';
		expect(speakerOf(quotes(airport, 'de'), 'Verfahren laufen')).toBe('eine Konzernsprecherin');
		const fire = 'Brand in Konstanz\n\nIn Konstanz brennt ein Haus in der Altstadt. Die Feuerwehr ist in Konstanz mit vielen Kräften im Einsatz, Konstanz ist abgesperrt.\n\nEs handelt sich laut einer Polizeisprecherin um ein altes Gebäude.';
		expect(speakerOf(quotes(fire, 'de'), 'altes Gebäude')).toContain('Polizeisprecherin');
	});

	it('takes no firm for a town because the text writes it after "in" or "aus" (review V16 0c)', () => {
		const chips = 'Nvidia senkt Prognose\n\nAnleger hatten zuletzt viel Geld in Nvidia gesteckt. Nvidia hat seine Prognose gesenkt. Nvidia nannte schwache Nachfrage als Grund.\n\n„Wir bleiben zuversichtlich“, sagte ein Konzernsprecher.';
		expect(speakerOf(quotes(chips, 'de'), 'bleiben zuversichtlich')).toBe('Nvidia');
		const app = 'Streit um Tiktok\n\nDie Werbung aus Tiktok erreicht Millionen. Tiktok wehrt sich gegen das Verbot. Tiktok will klagen.\n\n„Wir prüfen alle Schritte“, sagte eine Unternehmenssprecherin.';
		expect(speakerOf(quotes(app, 'de'), 'prüfen alle Schritte')).toBe('Tiktok');
	});

	it('still lets an unnamed spokesperson speak for the firm the story is about', () => {
		const firm = 'Quuxio streicht Stellen\n\nQuuxio will in Frankfurt 300 Stellen streichen. Quuxio nannte Kosten als Grund, Quuxio hatte lange gezögert.\n\n„Der Schritt ist schmerzhaft“, sagte eine Konzernsprecherin.';
		expect(speakerOf(quotes(firm, 'de'), 'Schritt ist')).toBe('Quuxio');
	});
});
