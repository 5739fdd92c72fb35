// Speakers of closing "wie er … sagte" / "as he told …" clauses, papers spoken to (never the speaker), and research as a source.

import {describe, expect, it} from 'vitest';
import {quotes, speakerOf} from './checked-quotes.js';

describe('a verb-final "wie" clause takes the subject right after "wie"', () => {
	it('de: "wie er auf der Pressekonferenz … zugab" names the person last named before, not the press conference', () => {
		const text = 'Fußball\n\nAm Dienstag musste Trainer Boris Schommers gehen, NLZ-Leiter Uwe Schubert übernimmt bis Saisonende - und hat "nicht mehr viel zu verlieren", wie er auf der Pressekonferenz vor dem Heimspiel gegen Sandhausen zugab.';
		expect(speakerOf(quotes(text, 'de'), 'nicht mehr viel')).toBe('Uwe Schubert');
	});

	it('de: "wie er gegenüber dem Abendblatt sagte" goes to the runner of the main clause, not to the paper or the one before', () => {
		const text = 'Marathon\n\nIm Gespräch mit dem Abendblatt erzählte Bernard Koech, dass ihm der Wind zu schaffen gemacht hätte. Der beste Deutsche, Sebastian Hendel, empfand den Wind hingegen als "sehr schön, weil es schön erfrischend war", wie er gegenüber dem Abendblatt sagte.';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'schön erfrischend')).toBe('Sebastian Hendel');
		expect(found.some((quote) => /Abendblatt/u.test(quote.speaker))).toBe(false);
	});

	it('de: a news agency after "gegenüber" in the clause is passed over', () => {
		const text = 'Bahn\n\nDie Bahn streikt. Der Pendler Tom Kurz fand die Lage „sehr ernst“, wie er gegenüber der Nachrichtenagentur dpa sagte.';
		expect(speakerOf(quotes(text, 'de'), 'sehr ernst')).toBe('Tom Kurz');
	});

	it('en: "as he told the Guardian" after a quoted phrase keeps the runner as the speaker', () => {
		const text = 'Marathon\n\nThe race was hot. The best British runner, Tom Hale, called the wind "really refreshing", as he told the Guardian.';
		expect(speakerOf(quotes(text, 'en'), 'really refreshing')).toBe('Tom Hale');
	});
});

describe('a paper after a German verb of saying is the one told', () => {
	it('de: "X, Verwalter der Heime, sagte der Kleinen Zeitung, dass …" is X, and so is his next quote', () => {
		const text = 'Lienz\n\nDie Heime sind betroffen. Franz Webhofer, Verwalter der Heime, sagte der Kleinen Zeitung, dass es einen Notfallplan gibt. „Wir lüfteten händisch, sobald es die Umstände zugelassen haben.“';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'Notfallplan')).toBe('Franz Webhofer');
		expect(speakerOf(found, 'lüfteten händisch')).toBe('Franz Webhofer');
	});

	it('de: a news agency by its short form ("sagte der dpa", "der AFP") is the one told, not the speaker', () => {
		const text = 'Cannabis\n\nDie Union ist dagegen. Der gesundheitspolitische Sprecher der Fraktion, Jonas Feld (CDU), sagte der dpa: „Das ist ein schwarzer Tag für den Jugendschutz.“ Die Ministerin Petra Lind sagte der AFP, sie halte das Gesetz für richtig.';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'schwarzer Tag')).toBe('Jonas Feld');
		expect(speakerOf(found, 'Gesetz für richtig')).toBe('Petra Lind');
		expect(found.some((quote) => /dpa|AFP/u.test(quote.speaker))).toBe(false);
	});

	it('de: a quoted paper title in the dative ("sagte der „Tiroler Tageszeitung“") is no speaker either', () => {
		const text = 'Schule\n\nDie Schule bleibt zu. Anna Berg, Leiterin der Schule, sagte der „Tiroler Tageszeitung“, dass der Unterricht ausfalle.';
		expect(speakerOf(quotes(text, 'de'), 'Unterricht ausfalle')).toBe('Anna Berg');
	});

	it('de: a paper as the subject before its verb still speaks ("Die Zeitung berichtete, …" keeps its source)', () => {
		const text = 'Medien\n\nDer Fall zieht Kreise. Die „Süddeutsche Zeitung“ berichtete, die Regierung habe die Zahlen gekannt.';
		expect(speakerOf(quotes(text, 'de'), 'Zahlen gekannt')).toMatch(/Zeitung/u);
	});
});

describe('research as a document: its author is the source', () => {
	it('de: "Laut Recherchen der „New York Times“" names the paper, not "Recherchen"', () => {
		const text = 'Öl\n\nKuba erhält Öl aus Venezuela. Laut Recherchen der „New York Times“ nutzt Kuba das Öl jedoch nicht selbst, sondern verkauft es weiter.';
		expect(speakerOf(quotes(text, 'de'), 'nutzt Kuba')).toBe('New York Times');
	});

	it('en: "According to research by the Institute for Fiscal Studies" names the institute', () => {
		const text = 'Budget\n\nThe ban was costly. According to research by the Institute for Fiscal Studies, the policy would cost households £500 a year.';
		expect(speakerOf(quotes(text, 'en'), 'cost households')).toBe('Institute for Fiscal Studies');
	});
});
