// Reported speech around a closing cue with a long tail, and sentences the segmenter must not cut (dates, umlauts).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {indirect} from './checked-quotes.js';

describe('a cue after the clause with a long tail', () => {
	it('reports the German clause before an inverted verb, however long the adverbials after its subject', () => {
		const de = indirect('Lage\n\nDie Lage in der Stadt ist ernst, sagte Bürgermeister Jonas Hart am Montag bei einem Besuch im Krankenhaus der Stadt Neustadt vor Journalisten.', 'de');
		expect(de.map((quote) => [quote.text, quote.speaker])).toEqual([['Die Lage in der Stadt ist ernst', 'Jonas Hart']]);
	});

	it('carries the speaker of such a cue on to the Konjunktiv sentences after it', () => {
		const de = indirect('Synode\n\nGewalt gab und gibt es weiterhin, räumte Landesbischof Jonas Hart in seinem Bericht an die Synode ein. Er schäme sich zutiefst dafür. Nun brauche es eine Kultur des Hinsehens.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['Gewalt gab und gibt es weiterhin', 'Er schäme sich zutiefst dafür', 'Nun brauche es eine Kultur des Hinsehens']);
		expect(new Set(de.map((quote) => quote.speaker))).toEqual(new Set(['Jonas Hart']));
	});

	it('takes no name and apposition before the verb for a clause (German), short tail or long', () => {
		expect(indirect('Kritik\n\nKarin Hart, eine Betroffene und Mitglied im Forum der Kirche, kritisierte die Reaktion der Kirchenleitung auf die Studie.', 'de')).toEqual([]);
		expect(indirect('Kritik\n\nKarin Hart, eine Betroffene und Mitglied im Forum der Kirche, kritisierte die Reaktion der Kirchenleitung in Bayern auf die Veröffentlichung der großen Studie im Januar.', 'de')).toEqual([]);
	});

	it('reports the English clause before "X said on Monday during …", and no adverbial after it', () => {
		const en = indirect('Town\n\nThe situation in the town is serious, Mayor John Hart said on Monday during a visit to the hospital in the town of Newport with reporters.', 'en');
		expect(en.map((quote) => [quote.text, quote.speaker])).toEqual([['The situation in the town is serious', 'John Hart']]);
	});

	it('takes no clause of its own after such a cue for an adverbial tail (English)', () => {
		const en = indirect('Town\n\nThe talks went on, Mayor John Hart said on Monday, and he expected a deal within days.', 'en');
		expect(en.map((quote) => quote.text)).not.toContain('and he expected a deal within days');
	});
});

describe('sentences the segmenter cuts wrongly', () => {
	it('keeps a German date ("am 21. August") inside its reported clause', () => {
		const de = indirect('Urteil\n\nDer Richter Jonas Hart erklärte, dass alle Geräte, die seit dem 21. August 2021 verkauft wurden, betroffen seien.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['dass alle Geräte, die seit dem 21. August 2021 verkauft wurden, betroffen seien']);
	});

	it('ends a sentence after a word ending in an umlaut and a letter ("dafür.")', () => {
		const de = indirect('Bischof\n\nDer Bischof Jonas Hart sagte, es gebe Fehler. Er schäme sich dafür. Nun brauche es eine Kultur des Hinsehens.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['es gebe Fehler', 'Er schäme sich dafür', 'Nun brauche es eine Kultur des Hinsehens']);
	});

	it('keeps an English number before a month a sentence end only where it is one', () => {
		const en = indirect('Court\n\nJudge John Hart said that all phones sold since 21 August 2021 were affected. He said the ruling stands.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['all phones sold since 21 August 2021 were affected', 'the ruling stands']);
	});
});

describe('a closing "wie" clause with words between its subject and verb', () => {
	it('reports the clause before it, spoken by the subject right after "wie" (German)', () => {
		const de = indirect('Titel\n\nAm Mittwoch bekam die Universität Besuch von Ermittlern, wie ein Sprecher der Hochschule auf Anfrage bestätigte.', 'de');
		expect(de.map((quote) => [quote.text, quote.speaker])).toEqual([['Am Mittwoch bekam die Universität Besuch von Ermittlern', 'ein Sprecher der Hochschule']]);
		const two = indirect('Titel\n\nDie Lage bleibt angespannt, wie Verfassungsschutz und Bundesnachrichtendienst regelmäßig warnen.', 'de');
		expect(two.map((quote) => [quote.text, quote.speaker])).toEqual([['Die Lage bleibt angespannt', 'Verfassungsschutz und Bundesnachrichtendienst']]);
	});

	it('reports only the part after a dash', () => {
		const de = indirect('Titel\n\nDer Trainer geht - und der Verein hat nichts mehr zu verlieren, wie Sportchef Jonas Hart am Montag vor der Presse sagte.', 'de');
		expect(de.map((quote) => [quote.text, quote.speaker])).toEqual([['der Verein hat nichts mehr zu verlieren', 'Jonas Hart']]);
	});

	it('takes no verb of knowing or showing for a cue', () => {
		expect(indirect('Titel\n\nDer Mann war schon früher aufgefallen, wie die Ermittler inzwischen wissen.', 'de')).toEqual([]);
		expect(indirect('Titel\n\nDie Stadt wächst weiter, wie die Zahlen des Amtes für Statistik zeigen.', 'de')).toEqual([]);
	});

	it('leaves the English "as" clause to its adjacent subject', () => {
		const en = indirect('Town\n\nThe town keeps growing, as a spokesman for the council said.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['The town keeps growing']);
	});
});

describe('"dem Gericht nach" as a source, and a semicolon before a source inside the sentence', () => {
	const reports = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.map((quote) => [quote.text, quote.speaker]);

	it('German: "nach" after a dative body is "laut" set after its source; the report starts after the semicolon', () => {
		const text = 'Patent\n\nDas Landgericht Mannheim hat am Montag entschieden. Reuters liegt das Urteil vor; demnach kann Nokia dem Gericht nach nicht mit Nichtwissen argumentieren.';
		expect(reports(text, 'de')).toEqual([['demnach kann Nokia dem Gericht nach nicht mit Nichtwissen argumentieren', 'Landgericht Mannheim']]);
	});

	it('German: an indicative "wurde" sentence after the report does not carry it on', () => {
		const text = 'Patent\n\nDas Landgericht Mannheim hat am Montag entschieden. Reuters liegt das Urteil vor; demnach kann Nokia dem Gericht nach nicht mit Nichtwissen argumentieren. Entsprechend wurde auch eine Gegenklage abgewiesen.';
		expect(reports(text, 'de').map(([quote]) => quote)).toEqual(['demnach kann Nokia dem Gericht nach nicht mit Nichtwissen argumentieren']);
		// The same sentence with a Konjunktiv I verb is carried on.
		const konjunktiv = text.replace('Entsprechend wurde auch eine Gegenklage abgewiesen.', 'Entsprechend gelte auch die Gegenklage als abgewiesen.');
		expect(reports(konjunktiv, 'de').map(([quote]) => quote)).toContain('Entsprechend gelte auch die Gegenklage als abgewiesen');
	});

	it('German: "der Reihe nach", "nach dem Urteil" name no source', () => {
		expect(reports('Sport\n\nDie Spieler traten der Reihe nach an. Nach dem Urteil ging Nokia in Berufung.', 'de')).toEqual([]);
	});

	it('English: a source inside the sentence reports only the clause after a semicolon', () => {
		const text = 'Patent\n\nReuters has seen the ruling; the firm cannot plead ignorance according to the court.';
		const found = reports(text, 'en');
		expect(found).toHaveLength(1);
		expect(found[0]![0]).not.toContain('Reuters has seen');
	});
});

describe('a closing impersonal "wie es … heißt"', () => {
	it('reports the clause before it for the circle it names (German)', () => {
		const de = indirect('Spione\n\nDie Abteilung wählt die Technologien aus, wie es in Kreisen der Spionageabwehr heißt.', 'de');
		expect(de.map((quote) => [quote.text, quote.speaker])).toEqual([['Die Abteilung wählt die Technologien aus', 'Kreise der Spionageabwehr']]);
		const ministry = indirect('Spione\n\nDie Abteilung wählt die Technologien aus, wie es aus dem Innenministerium hieß.', 'de');
		expect(ministry.map((quote) => quote.speaker)).toEqual(['Innenministerium']);
	});

	it('reports nothing when it names no one ("wie es heißt")', () => {
		expect(indirect('Spione\n\nDie Abteilung wählt die Technologien aus, wie es heißt.', 'de')).toEqual([]);
	});

	it('matches the English source phrase naming a circle', () => {
		const en = indirect('Spies\n\nThe unit picks the technologies, according to counter-intelligence circles.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['The unit picks the technologies']);
	});
});
