// Where a reported clause ends: at a quote opening after a finished sentence, at a second verb of saying, before a cue's reason clause.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {indirect} from './checked-quotes.js';

describe('a quote opening after a finished sentence', () => {
	it('is no part of the reported clause before it (English and German)', () => {
		const en = indirect('Deal blocked\n\nGlobex said that its focus now turns back to the U.K. “While we disagree with the ruling, we are considering changes,” the company said.', 'en');
		expect(en.map((quote) => quote.text)).toContain('its focus now turns back to the U.K.');
		const de = indirect('Fusion gestoppt\n\nDer Konzern Globex erklärte, man prüfe nun Märkte in Polen, Tschechien usw. „Wir bedauern das Urteil“, sagte ein Sprecher.', 'de');
		expect(de.map((quote) => quote.text)).toContain('man prüfe nun Märkte in Polen, Tschechien usw');
	});

	it('leaves a quoted fragment inside the clause in it', () => {
		const en = indirect('Budget\n\nThe minister said that the plan was "affordable" and would pass.', 'en');
		expect(en[0]?.text).toBe('the plan was "affordable" and would pass');
	});
});

describe('a second verb of saying joined by ", und"', () => {
	it('ends the first report even without a report of its own', () => {
		const de = indirect('Sitzung\n\nDer Botschafter Jonas Hart betonte, die Regierung werde nicht als rechtmäßig anerkannt, und verwies auf die Wahl im vergangenen Jahr.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['die Regierung werde nicht als rechtmäßig anerkannt']);
		expect(de[0]?.speaker).toBe('Jonas Hart');
	});

	it('does not cut at "und" joining two parts of the report', () => {
		const de = indirect('Sitzung\n\nDer Botschafter Jonas Hart betonte, die Regierung sei isoliert und die Wahl sei manipuliert worden.', 'de');
		expect(de[0]?.text).toBe('die Regierung sei isoliert und die Wahl sei manipuliert worden');
	});
});

describe('a German cue followed by a reason clause', () => {
	it('closes the report before it ("…, warnte er, da …")', () => {
		const de = indirect('Sitzung\n\nDer Botschafter Jonas Hart sprach lange. Eine solche Logik dürfe nicht hingenommen werden, warnte er, da sie „die Tür zum Chaos“ öffne.', 'de');
		expect(de.map((quote) => quote.text)).toContain('Eine solche Logik dürfe nicht hingenommen werden');
		expect(de.find((quote) => quote.text.startsWith('Eine solche'))?.speaker).toBe('Jonas Hart');
	});
});

describe('a German cue between two Konjunktiv clauses', () => {
	it('reports the clause before it as well as the one after it', () => {
		const de = indirect('Rente\n\nDer Job sei anstrengend und belastend, argumentieren die Gewerkschaften Verdi und Komba, oftmals müssten schwere Ausrüstungen getragen werden.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['Der Job sei anstrengend und belastend', 'oftmals müssten schwere Ausrüstungen getragen werden']);
		expect(de.every((quote) => quote.speaker.includes('Verdi'))).toBe(true);
	});

	it('does not report an indicative clause before the cue ("Der Job ist hart, sagt Verdi, …")', () => {
		const de = indirect('Rente\n\nDer Job ist hart, argumentieren die Gewerkschaften Verdi und Komba, oftmals müssten schwere Ausrüstungen getragen werden.', 'de');
		expect(de.some((quote) => quote.text.startsWith('Der Job ist hart'))).toBe(false);
	});
});

describe('a participle of saying with a quoted fragment in its clause', () => {
	it('still carries the report ("…," he said, insisting he enjoyed a "warm" relationship)', () => {
		const en = indirect('Loans\n\nThe treasurer Liam Foxe spoke on Monday. "We repay loans when they are due," he said, insisting he enjoyed a "warm and constructive" relationship to the lender.', 'en');
		expect(en.find((quote) => quote.text.startsWith('he enjoyed'))?.speaker).toBe('Liam Foxe');
	});

	it('adds no report where a quote opens the participle\'s clause (", saying: "…"")', () => {
		const en = indirect('Loans\n\nThe treasurer Liam Foxe spoke on Monday, saying "we will repay every loan when it is due".', 'en');
		expect(en).toEqual([]);
	});
});

describe('a verb of saying joined by "and" after a quoted fragment', () => {
	it('opens a report of its own, by the subject of the sentence ("attacked … as "vacuous" and said …")', () => {
		const en = indirect('Pledges\n\nTory co-chairman Liam Foxe was speaking on Sunday.\nThe Tory co-chairman attacked the pledges as "vacuous" and said Mr Blair was very worried voters would take revenge.', 'en');
		expect(en.find((quote) => quote.text.startsWith('Mr Blair was very worried'))?.speaker).toBe('Liam Foxe');
		const de = analyzeQuotes('Zusagen\n\nDer Generalsekretär Jonas Hart sprach am Sonntag.\nDer Generalsekretär nannte die Zusagen „hohl“ und sagte, der Kanzler sei sehr besorgt.', {language: 'de'}).quotes;
		expect(de.find((quote) => quote.text.startsWith('der Kanzler sei'))?.speaker).toBe('Jonas Hart');
	});

	it('leaves the cue after a quote closing the sentence a cue ("…," he said and left.)', () => {
		const en = indirect('Talks\n\nThe minister Jonas Hart spoke. "We will not give in," he said and left the room.', 'en');
		expect(en).toEqual([]);
	});
});

describe('"told" with an addressee of several words', () => {
	it('reports the clause after a plural addressee ("told Labour members the Tories offered …")', () => {
		const en = indirect('Campaign\n\nMr Hale told party activists the opposition offered nothing new.', 'en');
		expect(en.find((quote) => quote.text.startsWith('the opposition offered'))?.speaker).toBe('Hale');
	});

	it('does not take an object with its infinitive for a clause ("told party activists the plan to …")', () => {
		const en = indirect('Campaign\n\nMr Hale told party activists the plan to win the seat.', 'en');
		expect(en).toEqual([]);
	});
});

describe('a second predicate joined by "but/and" after a comma or dash', () => {
	it('ends the report ("denied his forecasts were too optimistic - but refused to …")', () => {
		const en = indirect('Budget\n\nThe chancellor Gordon Bale denied his forecasts were too optimistic - but refused to rule out tax rises.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['his forecasts were too optimistic']);
	});

	it('keeps "and" joining two parts of the reported clause ("said prices rose, and wages fell")', () => {
		const en = indirect('Budget\n\nThe chancellor Gordon Bale said prices had risen, and wages had fallen.', 'en');
		expect(en[0]?.text).toBe('prices had risen, and wages had fallen');
	});
});

describe('a list after the writer\'s colon inside a dass/that clause', () => {
	it('is cut when it is at least as long as the clause and has no Konjunktiv (German)', () => {
		const de = indirect('Feuerwehr\n\nDer Städtetag weist darauf hin, dass es Einsatzbereiche gebe, die sich auf die Fitness auswirkten: die ständige Alarmbereitschaft zu jeder Tageszeit, Stresssituationen über mehrere Stunden und Erlebnisse mit Unfallopfern.', 'de');
		expect(de.map((quote) => quote.text)).toEqual(['dass es Einsatzbereiche gebe, die sich auf die Fitness auswirkten']);
	});

	it('is cut in English too', () => {
		const en = indirect('Fire\n\nThe association pointed out that there were areas that affect the fitness of firefighters over time: constant readiness at any hour, stressful situations lasting hours, and experiences with accident victims and deaths.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['there were areas that affect the fitness of firefighters over time']);
	});

	it('stays when it is short or reported in the Konjunktiv', () => {
		const short = indirect('Kosten\n\nDer Verband erklärte, dass es zwei Gründe für die Verzögerung gebe: die Kosten und die Zeit.', 'de');
		expect(short.map((quote) => quote.text)).toEqual(['dass es zwei Gründe für die Verzögerung gebe: die Kosten und die Zeit']);
		const konjunktiv = indirect('Kosten\n\nDer Verband erklärte, dass es Probleme gebe: die Kosten seien zu hoch und die Zeit sei zu knapp für alle Beteiligten.', 'de');
		expect(konjunktiv[0]?.text).toBe('dass es Probleme gebe: die Kosten seien zu hoch und die Zeit sei zu knapp für alle Beteiligten');
	});
});

describe('a closing "wie X mitteilte:" with a colon after it', () => {
	it('reports the clause before "wie" (German)', () => {
		const de = indirect('Synode\n\nDie Synode tagt zweimal im Jahr. Neben der Studie ist beim Treffen in Coburg ein weiteres Thema der Klimaschutz, wie das Landeskirchenamt vorab mitteilte: Die Synode will ein Gesetz verabschieden.', 'de');
		expect(de.map((quote) => [quote.text, quote.speaker])[0]).toEqual(['Neben der Studie ist beim Treffen in Coburg ein weiteres Thema der Klimaschutz', 'Landeskirchenamt']);
	});

	it('reports the clause before "as" without a colon (English)', () => {
		const en = indirect('Synod\n\nClimate protection is another main topic at the meeting, as the church office said.', 'en');
		expect(en.map((quote) => quote.text)).toEqual(['Climate protection is another main topic at the meeting']);
	});
});
