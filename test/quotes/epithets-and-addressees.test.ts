// Speakers named through a party epithet, a coordinated truncated compound role, and the person told (never the speaker).

import {describe, expect, it} from 'vitest';
import {quotes, speakerOf} from './checked-quotes.js';

describe('party epithet after a name with its party tag', () => {
	it('de: "der SPD-Politiker" is the person named with "(SPD)", whatever office was named with them', () => {
		const text = 'Bahn\n\nWie das Verkehrsministerium in Potsdam mitteilte, fahren die Züge künftig stündlich.\nWie Brandenburgs Verkehrsminister Jonas Albrecht (SPD) erklärte, reagiert das Land mit der Zusatzbestellung auf die gestiegene Nachfrage. Auf der Strecke sei eine Kapazitätserhöhung erforderlich. „Im Mai geht es los“, hob der SPD-Politiker hervor.';
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

describe('the person a report is about is not its speaker', () => {
	it('de: a Konjunktiv sentence opening with the person the last report was about goes on with the reporter', () => {
		const text = 'Ernennung\n\nStein hat die Anwältin Anna Berg nominiert. Berg werde das Amt auf seine „eigentlichen Aufgaben“ ausrichten, so Präsident Karl Stein. Berg sei „klug und durchsetzungsfähig“ und werde „großartige Arbeit“ leisten.';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'klug und durchsetzungsfähig')).toBe('Karl Stein');
		expect(speakerOf(found, 'großartige Arbeit')).toBe('Karl Stein');
	});

	it('de: the person opening the Konjunktiv sentence still speaks when no one reported about them just before', () => {
		const text = 'Ernennung\n\nPräsident Karl Stein lobte die Wahl. Ministerin Anna Berg hat das Amt angetreten. Anna Berg sei „bereit für die Aufgabe“, erklärte sie.';
		expect(speakerOf(quotes(text, 'de'), 'bereit für die Aufgabe')).toBe('Anna Berg');
	});
});

describe('a name before a lower-case body noun', () => {
	it('en: "The new House committee sent a letter … the letter stated" is the committee named in full, not another "House …" name', () => {
		const text = 'House China Committee demands answers from FBI\n\nThe new House committee on China sent a letter Wednesday to FBI Director Christopher Wray.\n"Only after this report did the FBI take action," the letter stated.\nThe lawmakers cited their authority under House Resolution 11.';
		expect(speakerOf(quotes(text, 'en'), 'Only after this report')).toBe('House China Committee');
	});

	it('en: with no body named in full, the name before the noun stays the speaker ("the Labour party said")', () => {
		const text = 'Vote\n\n"We will oppose the bill," the Labour party said on Monday.';
		expect(speakerOf(quotes(text, 'en'), 'oppose the bill')).toMatch(/Labour/u);
	});
});

describe('a description announced, then named', () => {
	it('en: "…, an expert has claimed." then a paragraph opening with a new person who speaks → that person', () => {
		const text = 'Whingers\n\nThe couple will struggle to recover from claims they are "whingers" following a "terrible" snub, an expert has claimed.\nRoyal commentator Lee Cohen was discussing how attitudes to the couple have changed.\nMr Cohen told The Sun: "It all started to change through so many factors."';
		const found = quotes(text, 'en');
		expect(speakerOf(found, 'whingers')).toBe('Lee Cohen');
		expect(speakerOf(found, 'terrible')).toBe('Lee Cohen');
	});

	it('de: "…, meint eine Expertin." then "Die Ökonomin Julia Brandt …" → Julia Brandt', () => {
		const text = 'Preise\n\nDie Preise werden weiter steigen, meint eine Expertin.\nDie Ökonomin Julia Brandt beobachtet den Markt seit Jahren.\n„Das Ende ist nicht erreicht“, sagt Brandt.';
		expect(speakerOf(quotes(text, 'de'), 'weiter steigen')).toBe('Julia Brandt');
	});

	it('de/en: an anonymous source ("ein Sprecher", "an official") stays unnamed though a new person follows', () => {
		const de = 'Preise\n\n„Die Lage ist ernst“, sagte ein Sprecher.\nMinisterin Julia Brandt reiste am Montag an.\n„Das Ende ist nicht erreicht“, sagte Brandt.';
		expect(speakerOf(quotes(de, 'de'), 'Lage ist ernst')).toBe('ein Sprecher');
		const en = 'Talks\n\n"The situation is serious," an official said.\nMinister Julia Brandt arrived on Monday.\n"This is not over," Brandt said.';
		expect(speakerOf(quotes(en, 'en'), 'situation is serious')).not.toBe('Julia Brandt');
	});
});

describe('a verb of saying read as its plural noun', () => {
	it('en: "recover from claims they are …, an expert has claimed": the claims name no speaker, the closing cue does', () => {
		const text = 'Royals\n\nThe Duke of Kent met voters.\nPrince Harry will struggle to recover from claims he is a "whinger", an analyst has claimed.';
		expect(speakerOf(quotes(text, 'en'), 'whinger')).not.toBe('Prince Harry');
	});

	it('en: "amid reports that …" is no report by the sentence subject', () => {
		const text = 'Markets\n\nChancellor Anna Berg left the summit early amid reports that talks had "stalled completely".';
		expect(speakerOf(quotes(text, 'en'), 'stalled completely')).not.toBe('Anna Berg');
	});

	it('en: "X claims that …" with a subject before it still reports', () => {
		const text = 'Markets\n\nChancellor Anna Berg claims that the talks "stalled completely".';
		expect(speakerOf(quotes(text, 'en'), 'stalled completely')).toBe('Anna Berg');
	});
});

describe('members of a named body', () => {
	it('en: "lawmakers on the X Committee, led by Y" then "the lawmakers wrote" is the committee, never Y alone', () => {
		const text = 'China\n\nFollowing the arrests, lawmakers on the House Select Committee on Trade, led by chairman Mike Gallagher, requested answers.\nGallagher and his colleagues listed several questions in their letter.\n"For that reason, we seek additional information," the lawmakers wrote.\nThe lawmakers noted they were "disappointed" by the answers.';
		const found = quotes(text, 'en');
		expect(speakerOf(found, 'additional information')).toBe('House Select Committee on Trade');
		expect(speakerOf(found, 'disappointed')).toBe('House Select Committee on Trade');
	});

	it('en: "the lawmakers" with no body named for them is still no single lawmaker', () => {
		const text = 'Budget\n\nSenator Anna Berg met other lawmakers on Monday.\n"We need more time," the lawmakers wrote.';
		expect(speakerOf(quotes(text, 'en'), 'more time')).not.toBe('Anna Berg');
	});

	it('de: "Die Abgeordneten der Grünen-Fraktion …" then "schrieben die Abgeordneten" is the parliamentary group', () => {
		const text = 'Haushalt\n\nDie Abgeordneten der Grünen-Fraktion im Landtag Brandenburg forderten am Montag Nachbesserungen.\nFraktionschefin Petra Kühn legte einen Brief vor.\n„Das reicht nicht“, schrieben die Abgeordneten.';
		expect(speakerOf(quotes(text, 'de'), 'Das reicht nicht')).toBe('Grünen-Fraktion');
	});
});

describe('a description by another word for the same job', () => {
	it('de: "Geschäftsführer X" is later "der junge Chef"', () => {
		const text = 'Schlachthof\n\nGeschäftsführer Kevin Brandt führt durch die Halle, vorbei an Männern mit Sägen.\n„Das war schon echt wichtig“, sagt der junge Chef.';
		expect(speakerOf(quotes(text, 'de'), 'echt wichtig')).toBe('Kevin Brandt');
	});

	it('en: "Director Jane Moss" is later "the head"', () => {
		const text = 'Museum\n\nDirector Jane Moss opened the new wing. The city council approved the budget.\n"We waited ten years for this," the head said.';
		expect(speakerOf(quotes(text, 'en'), 'ten years')).toBe('Jane Moss');
	});
});

describe('a name and its apposition between a quote and the verb', () => {
	it('en: "…," X, an expert at the U.K. think-tank Y, told the AP. "…" — a whole quote, and the next one goes on with X', () => {
		const text = 'Talks\n\nLevitt said that Sinwar "understands Israelis."\n"The killing already brought talks back to the drawing board," Lina Khatib, an expert on the conflict at U.K. think-tank Chatham House, told the AP in an interview. "The next move makes talks even trickier."';
		const found = quotes(text, 'en');
		expect(found.find((quote) => quote.text.includes('drawing board'))).toMatchObject({kind: 'direct', speaker: 'Lina Khatib'});
		expect(speakerOf(found, 'even trickier')).toBe('Lina Khatib');
	});

	it('de: „…“, sagte X, Ökonomin am Institut Y, der Zeitung. „…“ — the next quote goes on with X', () => {
		const text = 'Preise\n\nBrandt sagte, die Preise stiegen.\n„Die Lage ist ernst“, sagte Anna Berg, Ökonomin am Kieler Institut für Weltwirtschaft, der Zeitung. „Das Ende ist nicht erreicht.“';
		const found = quotes(text, 'de');
		expect(speakerOf(found, 'Lage ist ernst')).toBe('Anna Berg');
		expect(speakerOf(found, 'nicht erreicht')).toBe('Anna Berg');
	});
});

describe('a person named with the body they work for', () => {
	it('en: "Rebecca English of the Daily Mail recalled: …" is Rebecca English, and she is the royal correspondent announced before', () => {
		const text = 'Royals\n\nThe duchess reportedly "turned and hissed" at a member of staff, according to a royal correspondent who joined the tour.\nRebecca English of the Daily Mail recalled: "I was there at the time and witnessed it."';
		const found = quotes(text, 'en');
		expect(speakerOf(found, 'I was there')).toBe('Rebecca English');
		expect(speakerOf(found, 'turned and hissed')).toBe('Rebecca English');
	});

	it('de: „…“, sagte Anna Berg vom Kieler Institut is Anna Berg', () => {
		const text = 'Preise\n\n„Die Lage ist ernst“, sagte Anna Berg vom Kieler Institut.';
		expect(speakerOf(quotes(text, 'de'), 'Lage ist ernst')).toBe('Anna Berg');
	});
});
