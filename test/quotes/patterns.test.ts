// Each quote pattern of the engine, German and English, on sentences written for these tests.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {Quote} from '../../source/model/quote.js';
import {quotes} from './checked-quotes.js';

function find(list: Quote[], fragment: string): Quote | undefined {
	return list.find((quote) => quote.text.includes(fragment));
}

describe('direct quotes in every mark style', () => {
	const styles: Array<[string, string]> = [
		['„', '“'], ['‚', '‘'], ['“', '”'], ['"', '"'], ['«', '»'], ['»', '«'],
	];
	for (const [open, close] of styles) {
		it(`finds ${open}…${close} with the cue after it (de)`, () => {
			const text = `Die Wahl ist vorbei.\n\nDie Bürgermeisterin Anna Kaltenbach sprach am Abend. ${open}Wir haben die Stadt verändert${close}, sagte Kaltenbach im Rathaus.`;
			const found = quotes(text, 'de');
			const quote = find(found, 'Wir haben die Stadt verändert');
			expect(quote?.kind).toBe('direct');
			expect(quote?.speaker).toBe('Anna Kaltenbach');
		});
	}

	it("finds English single marks used as quotes, not apostrophes", () => {
		const text = "Storm warning\n\nForecaster Lionel Abernathy said the storm was 'very dangerous' for the coast. The town's mayor didn't comment.";
		const found = quotes(text, 'en');
		expect(find(found, 'very dangerous')?.speaker).toBe('Lionel Abernathy');
		expect(found.some((quote) => quote.text.includes("n't"))).toBe(false);
	});

	it("reads a double quote closed by two apostrophes (wire style '')", () => {
		const text = "Title\n\n\"We will appeal the ruling,'' said lawyer Oren Castellano. \"It is wrong.''";
		const found = quotes(text, 'en');
		expect(find(found, 'appeal the ruling')?.speaker).toBe('Oren Castellano');
		expect(find(found, 'It is wrong')?.speaker).toBe('Oren Castellano');
	});

	it('keeps a cue after a question or exclamation in the quote\'s sentence', () => {
		const text = "Title\n\n'Did you sign this letter?' host Nadia Ferro asked.\n\n'I don't know, did I?' actor Lena Quist said, refusing to answer.";
		const found = quotes(text, 'en');
		expect(find(found, 'sign this letter')?.speaker).toBe('Nadia Ferro');
		expect(find(found, "don't know")?.speaker).toBe('Lena Quist');
	});

	it('keeps a quote over several sentences in one piece', () => {
		const text = 'Titel\n\n"Das ist der erste Satz. Und das ist der zweite Satz", sagte der Trainer Boris Wendland.';
		const found = quotes(text, 'de');
		const quote = find(found, 'erste Satz');
		expect(quote?.text).toContain('zweite Satz');
		expect(quote?.speaker).toBe('Boris Wendland');
	});

	it('follows a quote over a paragraph break (no closing mark, the next paragraph re-opens): one quote per opening mark, one speaker', () => {
		const text = 'Title\n\nThe coach, Maria Delacroix, spoke after the game.\n\n"We played well in the first half.\n\n"We have to keep going," she said.';
		const found = quotes(text, 'en');
		const first = find(found, 'first half');
		expect(first?.text).toBe('We played well in the first half.');
		expect(first?.speaker).toBe('Maria Delacroix');
		expect(find(found, 'keep going')?.speaker).toBe('Maria Delacroix');
	});

	it('ends a quote whose closing mark is missing where a new one opens after a finished sentence', () => {
		const en = 'Title\n\nShadow minister Ann Corby said: "Nobody believes these numbers. "The gap will have to be closed by tax rises." She left.';
		const parts = quotes(en, 'en').filter((quote) => quote.kind === 'direct');
		expect(parts.map((quote) => quote.text)).toEqual(['Nobody believes these numbers.', 'The gap will have to be closed by tax rises.']);
		expect(parts.every((quote) => quote.speaker === 'Ann Corby')).toBe(true);
		const de = 'Titel\n\nDer Ökonom Felix Brandauer sagte: "Die Zahlen stimmen nicht. "Am Ende zahlen die Sparer."';
		expect(quotes(de, 'de').filter((quote) => quote.kind === 'direct').map((quote) => quote.text)).toEqual(['Die Zahlen stimmen nicht.', 'Am Ende zahlen die Sparer.']);
	});

	it('lets a colon answered by its quote in the same paragraph introduce nothing in the next paragraph', () => {
		const en = 'Title\n\nCarl Emmer told BBC News: "He thinks it will be OK. We are not so sure."\nShadow chancellor Oliver Lett said: "Nobody believes this. "He will have to raise taxes."';
		expect(find(quotes(en, 'en'), 'raise taxes')?.speaker).toBe('Oliver Lett');
		const de = 'Titel\n\nDer Ökonom Felix Brandauer sagte dem Sender: "Das wird teuer. Wir sind skeptisch."\nDie Ministerin Clara Vogt sagte: "Das glaubt niemand. "Die Steuern müssen steigen."';
		expect(find(quotes(de, 'de'), 'Steuern müssen steigen')?.speaker).toBe('Clara Vogt');
	});

	it('keeps a closing mark after a sentence end as a close ("… bad." he said) and a quote inside a sentence whole', () => {
		const text = 'Title\n\n"It was bad. We lost," he said. The mayor called it "a shame" on Monday.';
		const found = quotes(text, 'en');
		expect(find(found, 'It was bad')?.text).toBe('It was bad. We lost');
		expect(find(found, 'a shame')?.text).toBe('a shame');
	});

	it('splits a quote interrupted by its cue into two quotes by the same speaker', () => {
		const text = 'Titel\n\nDer Ökonom Felix Brandauer ist skeptisch. "Die Preise steigen weiter", sagte Brandauer, "und die Löhne halten nicht mit."';
		const found = quotes(text, 'de').filter((quote) => quote.kind === 'direct');
		expect(found.map((quote) => quote.speaker)).toEqual(['Felix Brandauer', 'Felix Brandauer']);
		expect(found[1]?.text).toContain('Löhne');
	});

	it('attributes English cue orders: "…," she said / said the minister / Name said', () => {
		const text = [
			'Budget talks',
			'Finance Minister Carla Svensson presented the plan on Monday.',
			'"This budget is fair," she said.',
			'"It protects pensions," said the minister.',
			'Opposition leader Tomas Rijkaard disagreed. "It is a tax on the poor," Rijkaard said.',
		].join('\n\n');
		const found = quotes(text, 'en');
		expect(find(found, 'budget is fair')?.speaker).toBe('Carla Svensson');
		expect(find(found, 'protects pensions')?.speaker).toBe('Carla Svensson');
		expect(find(found, 'tax on the poor')?.speaker).toBe('Tomas Rijkaard');
	});

	it('takes the speaker from a colon cue, also when the quote is the next paragraph', () => {
		const text = 'Titel\n\nIn einer Videobotschaft teilte die Ministerin Helga Marquardt mit:\n\n"Wir werden die Schulen im Herbst öffnen."';
		const found = quotes(text, 'de');
		expect(find(found, 'Schulen im Herbst')?.speaker).toBe('Helga Marquardt');
	});

	it('reads cues inside: "…", so der Sprecher', () => {
		const text = 'Titel\n\nRegierungssprecher Jonas Feldkamp äußerte sich am Morgen. "Die Lage ist ernst", so der Sprecher.';
		expect(find(quotes(text, 'de'), 'Lage ist ernst')?.speaker).toBe('Jonas Feldkamp');
	});

	it('reads "X told Reuters" and "according to X"', () => {
		const text = 'Port strike\n\nUnion chief Dana Whitcombe told Reuters that "the strike will go on until the owners move".\n\nThe ports lost $2bn last week, according to the Port Authority.';
		const found = quotes(text, 'en');
		expect(find(found, 'strike will go on')?.speaker).toBe('Dana Whitcombe');
		const indirect = find(found, 'ports lost');
		expect(indirect?.kind).toBe('indirect');
		expect(indirect?.speaker).toContain('Port Authority');
	});
});

describe('partial quotes', () => {
	it('attributes a German fragment to the subject of the sentence (hält … für, bezeichnet … als)', () => {
		const text = 'Titel\n\nDie Umweltministerin Petra Sommerfeld hält den Plan für "völlig überzogen". Sie bezeichnete ihn zudem als "Rückschritt".';
		const found = quotes(text, 'de');
		expect(find(found, 'völlig überzogen')?.kind).toBe('partial');
		expect(find(found, 'völlig überzogen')?.speaker).toBe('Petra Sommerfeld');
		expect(find(found, 'Rückschritt')?.speaker).toBe('Petra Sommerfeld');
	});

	it('attributes an English fragment after "called it"', () => {
		const text = 'Title\n\nSenator Ruth Okonkwo called the deal "a disgrace" on Tuesday.';
		const quote = find(quotes(text, 'en'), 'a disgrace');
		expect(quote?.kind).toBe('partial');
		expect(quote?.speaker).toBe('Ruth Okonkwo');
	});
});

describe('not quotes', () => {
	it('skips scare quotes, coined terms, titles of papers and names of operations', () => {
		const de = 'Titel\n\nLaut der Zeitung "Berliner Abendpost" steigen die Mieten. Die sogenannte "Mietpreisbremse" wirkt kaum. Die Armee begann die "Operation Nordwind".';
		expect(quotes(de, 'de').filter((quote) => quote.kind !== 'indirect')).toEqual([]);
		const en = 'Title\n\nThe newspaper "Harbour Times" reported on the so-called "green wave". Soldiers wore vests marked "PRESS".';
		expect(quotes(en, 'en').filter((quote) => quote.kind !== 'indirect')).toEqual([]);
	});
});

describe('indirect speech', () => {
	it('finds Konjunktiv before the cue: "Es sei …, fügte er hinzu"', () => {
		const text = 'Titel\n\nDer Bahnchef Olaf Wiesinger sprach von Fortschritten. Es sei ein schwieriges Jahr gewesen, fügte er hinzu.';
		const quote = find(quotes(text, 'de'), 'schwieriges Jahr');
		expect(quote?.kind).toBe('indirect');
		expect(quote?.speaker).toBe('Olaf Wiesinger');
		expect(quote?.cue).toContain('hinzu');
	});

	it('finds "X erklärte, er werde …" and dass-clauses', () => {
		const text = 'Titel\n\nDer Landrat Ulrich Penzberg erklärte, er werde nicht zurücktreten. Er betonte, dass die Warnungen rechtzeitig gekommen seien.';
		const found = quotes(text, 'de');
		expect(find(found, 'nicht zurücktreten')?.speaker).toBe('Ulrich Penzberg');
		expect(find(found, 'dass die Warnungen')?.speaker).toBe('Ulrich Penzberg');
	});

	it('finds "Laut X habe …" and Konjunktiv that continues the last speaker', () => {
		const text = 'Titel\n\nLaut Polizeisprecherin Mara Lindqvist habe der Fahrer zu schnell gelenkt. Die Straße sei zudem nass gewesen.';
		const found = quotes(text, 'de');
		expect(find(found, 'zu schnell')?.speaker).toBe('Mara Lindqvist');
		expect(find(found, 'Straße sei')?.speaker).toBe('Mara Lindqvist');
	});

	it('finds English "said (that)" clauses and clauses before the cue', () => {
		const text = 'Title\n\nEconomist Priya Raghunathan said that inflation would fall next year. Wages will rise faster than prices, she added.';
		const found = quotes(text, 'en');
		expect(find(found, 'inflation would fall')?.kind).toBe('indirect');
		expect(find(found, 'inflation would fall')?.speaker).toBe('Priya Raghunathan');
		expect(find(found, 'Wages will rise')?.speaker).toBe('Priya Raghunathan');
	});

	it('reads a subject with a relative clause before "said" as the speaker, not as the reported clause', () => {
		const text = 'Title\n\nHealth Secretary Nora Quayle, who chaired an emergency meeting on Monday, said the hospitals were ready.';
		const found = quotes(text, 'en');
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({kind: 'indirect', text: 'the hospitals were ready', speaker: 'Nora Quayle'});
	});

	it('does not report indicative sentences or plain hypotheticals without a cue', () => {
		const text = 'Titel\n\nDer Zug fährt um acht Uhr ab. Es regnet seit Tagen in der Stadt. Neue Gleise würden zu viel Geld kosten.';
		expect(quotes(text, 'de')).toEqual([]);
	});

	it('does not treat a Konjunktiv inside a dass-clause after a non-speech verb as reported speech', () => {
		const text = 'Titel\n\nDie Brücke ist so gebaut, dass sie auch Stürme aushalten könne.';
		expect(quotes(text, 'de').filter((quote) => quote.kind === 'indirect')).toEqual([]);
	});
});

describe('who said it', () => {
	it('resolves role nouns to the named person with that role and keeps the role', () => {
		const text = 'Titel\n\nBundesverteidigungsminister Karl Obermaier besuchte die Truppe. Der Minister sagte, die Ausrüstung sei veraltet.';
		const result = analyzeQuotes(text, {language: 'de'});
		const quote = result.quotes.find((candidate) => candidate.text.includes('Ausrüstung'));
		expect(quote?.speaker).toBe('Karl Obermaier');
		expect(quote?.role).toBe('Bundesverteidigungsminister');
		expect(result.people.find((person) => person.name === 'Karl Obermaier')?.role).toBe('Bundesverteidigungsminister');
	});

	it('merges surname mentions and transliteration variants into one person', () => {
		const text = 'Titel\n\nDer Präsident Wolodymyr Selenskyj reiste nach Berlin. "Wir brauchen Hilfe", sagte Selenskij.';
		const result = analyzeQuotes(text, {language: 'de'});
		expect(result.quotes[0]?.speaker).toBe('Wolodymyr Selenskyj');
		expect(result.people.filter((person) => person.name.includes('Selensk'))).toHaveLength(1);
	});

	it('resolves a generic organisation noun to the organisation just named', () => {
		const text = 'Rates\n\nThe Northern Savings Bank kept its rates unchanged. The bank said in a statement that it would review them in June.';
		expect(find(quotes(text, 'en'), 'review them')?.speaker).toBe('Northern Savings Bank');
	});

	it('gives a fragment in a Konjunktiv sentence to that sentence’s subject', () => {
		const text = 'Titel\n\nCDU-Chef Paul Hartwig kritisierte die Pläne. "Das ist falsch", sagte Hartwig. Die Grünen-Politikerin Ida Kessler äußerte sich: Sie halte die Kritik für "überzogen".';
		expect(find(quotes(text, 'de').filter((quote) => quote.kind === 'partial'), 'überzogen')?.speaker).toBe('Ida Kessler');
	});

	it('keeps the body an unnamed spokesperson speaks for, and reports the clause around a fragment', () => {
		const text = 'Title\n\nA spokesperson for the Harbour Authority said: "We are pleased." Union leader Ada Brennan said the offer was "fair and reasonable".';
		const found = quotes(text, 'en');
		expect(find(found, 'We are pleased')?.speaker).toBe('A spokesperson for the Harbour Authority');
		expect(found.find((quote) => quote.kind === 'indirect' && quote.text.includes('offer was'))?.speaker).toBe('Ada Brennan');
		expect(found.find((quote) => quote.kind === 'partial' && quote.text === 'fair and reasonable')?.speaker).toBe('Ada Brennan');
	});

	it('resolves er/sie past a person of the other gender (German role nouns in -in are female)', () => {
		const text = 'Debatte\n\nDie Gesundheitsministerin Petra Lindner verteidigte die Reform. Ihr Kontrahent, der CSU-Abgeordnete Max Huber, widersprach. "Das ist unsozial", sagte Huber. "Wir haben lange darüber beraten", entgegnete sie.';
		const found = quotes(text, 'de');
		expect(find(found, 'unsozial')?.speaker).toBe('Max Huber');
		expect(find(found, 'lange darüber beraten')?.speaker).toBe('Petra Lindner');
		expect(found.some((quote) => quote.kind === 'indirect')).toBe(false);
	});

	it('gives a quote standing alone to the person the sentence before is about, not an earlier speaker', () => {
		const text = 'Hochwasser\n\n"Wir arbeiten rund um die Uhr", sagte Einsatzleiter Jens Kröger.\n\nBürgermeisterin Sabine Rothe zeigte sich besorgt. Sie rief die Bewohner auf, die Keller zu räumen. "Bitte bringen Sie sich in Sicherheit!"';
		expect(find(quotes(text, 'de'), 'Sicherheit')?.speaker).toBe('Sabine Rothe');
	});

	it('gives a headline quote to the person named before its colon', () => {
		const text = 'Brandtner nach der Wahl: „Wir haben verstanden“\n\nDie Partei verlor deutlich. Das Ergebnis sei bitter, sagte Parteichef Holger Brandtner.';
		expect(find(quotes(text, 'de'), 'verstanden')?.speaker).toBe('Holger Brandtner');
	});

	it('reads "X zufolge", "according to a statement from X" and possessive subjects', () => {
		const de = 'Haushalt\n\nFinanzministerin Carla Ostermann zufolge sinkt die Neuverschuldung deutlich.';
		expect(find(quotes(de, 'de'), 'Neuverschuldung')).toMatchObject({kind: 'indirect', speaker: 'Carla Ostermann'});
		const en = "Title\n\nAccording to a statement from the regulator, the review will take six months. The day after, Norway's navy said it had found the wreck.";
		const found = quotes(en, 'en');
		expect(find(found, 'review will take')?.text).toBe('the review will take six months');
		expect(find(found, 'review will take')?.speaker).toBe('the regulator');
		expect(find(found, 'found the wreck')?.text).toBe('it had found the wreck');
	});

	it('does not read the words after "said X" following a quote as reported speech', () => {
		const text = 'Title\n\n"It is a bold move," said Ravi Menon of Kestrel Research.';
		const found = quotes(text, 'en');
		expect(found).toHaveLength(1);
		expect(found[0]?.speaker).toBe('Ravi Menon');
	});

	it('finds the subject of "said" past a long prepositional tail', () => {
		const text = 'Title\n\nA Nevada man named in court papers during the inquiry into the worst fire in recent California history said he had seen the blaze start.';
		expect(find(quotes(text, 'en'), 'seen the blaze')?.speaker).toBe('A Nevada man');
	});

	it('resolves a trailing "sagte er" past a name inside the reported clause', () => {
		const text = 'Titel\n\nOppositionsführer Bernd Kallweit warf der Regierung Zögerlichkeit vor. Die Kanzlerin Vera Lenz habe zu lange gewartet, sagte er in Berlin.';
		expect(find(quotes(text, 'de'), 'zu lange gewartet')?.speaker).toBe('Bernd Kallweit');
	});

	it('does not take a title joined by a hyphen for a quote', () => {
		const text = 'Titel\n\nIm ZDF-„Morgenmagazin“ ergänzte der Minister Jan Oltmanns, man stehe an der Seite der Bauern.';
		const found = quotes(text, 'de');
		expect(found.some((quote) => quote.text === 'Morgenmagazin')).toBe(false);
		expect(find(found, 'Seite der Bauern')?.speaker).toBe('Jan Oltmanns');
	});

	it('reads a second description ("der FDP-Politiker") as the person the sentence before was about', () => {
		const text = 'Bahn\n\nVerkehrsminister Anton Wiegand rief beide Seiten zur Einigung auf. „Das Land braucht eine funktionierende Bahn“, betonte der FDP-Politiker.';
		expect(find(quotes(text, 'de'), 'funktionierende Bahn')?.speaker).toBe('Anton Wiegand');
	});

	it('keeps "Secretary of State" as the role and a body before "officials" with the speaker', () => {
		const text = 'Talks\n\nSecretary of State Miriam Holt urged restraint. "Diplomacy is the only way," Holt said. White House officials said a decision would come next week.';
		const result = analyzeQuotes(text, {language: 'en'});
		expect(result.quotes.find((quote) => quote.text.includes('Diplomacy'))).toMatchObject({speaker: 'Miriam Holt', role: 'Secretary of State'});
		expect(result.quotes.find((quote) => quote.text.includes('decision would come'))?.speaker).toBe('White House officials');
	});

	it('keeps an unnamed speaker as the text names it', () => {
		const text = 'Titel\n\n"Das Wasser kam in Minuten", sagt eine Anwohnerin.';
		expect(quotes(text, 'de')[0]?.speaker).toBe('eine Anwohnerin');
	});
});
