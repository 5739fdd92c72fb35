// Reports without a classic speech verb (findings, stances), coordinated reports and role gender, in German and English.

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import type {Quote} from '../../source/model/quote.js';

function quotesOf(text: string, language: 'de' | 'en'): Quote[] {
	const result = analyzeQuotes(text, {language});
	for (const quote of result.quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
	return result.quotes;
}

function reportOf(text: string, language: 'de' | 'en', clause: string): Quote | undefined {
	return quotesOf(text, language).find((quote) => quote.kind === 'indirect' && quote.text.includes(clause));
}

describe('German verbs of stance and finding with a "dass" clause', () => {
	const lead = 'Konjunktur\n\nDie Wirtschaft stagniert seit Monaten. ';

	it('reads findings of a document as its author\'s ("Eine Studie des X hat ergeben, dass …")', () => {
		const quote = reportOf(`${lead}Eine neue Studie des Kieler Weltinstituts hat ergeben, dass viele Betriebe Personal abbauen.`, 'de', 'viele Betriebe Personal abbauen');
		expect(quote?.speaker).toContain('Weltinstitut');
	});

	it('reads "kommt zu dem Schluss", "geht davon aus", "ist überzeugt", "rechnet damit"', () => {
		const cases: Array<[string, string, string]> = [
			['Die Forscherin Hanna Ostrowski kommt zu dem Schluss, dass die Preise weiter steigen.', 'die Preise weiter steigen', 'Ostrowski'],
			['Der Ökonom Till Brakemeier geht davon aus, dass die Zinsen sinken werden.', 'die Zinsen sinken werden', 'Brakemeier'],
			['Verbandschefin Ilka Dornbusch ist überzeugt, dass der Export sich erholt.', 'der Export sich erholt', 'Dornbusch'],
			['Bankchef Malte Hörsting rechnet damit, dass die Nachfrage anzieht.', 'die Nachfrage anzieht', 'Hörsting'],
			['Dabei kam die Ökonomin Frieda Lanz zum Ergebnis, dass die Löhne stagnieren.', 'die Löhne stagnieren', 'Lanz'],
		];
		for (const [sentence, clause, speaker] of cases) {
			const quote = reportOf(lead + sentence, 'de', clause);
			expect(quote, sentence).toBeDefined();
			expect(quote!.speaker).toContain(speaker);
		}
	});

	it('reads a recommendation as a report ("…, empfiehlt der Verband")', () => {
		const quote = reportOf(`${lead}Die Betriebe sollten jetzt investieren, empfiehlt der Handwerksverband.`, 'de', 'Die Betriebe sollten jetzt investieren');
		expect(quote?.speaker).toContain('Handwerksverband');
	});

	it('does not read an inference without a speaker ("Das zeigt, dass …") or a source between verb and clause as the subject', () => {
		expect(reportOf(`${lead}Das zeigt, dass die Lage ernst ist.`, 'de', 'die Lage ernst ist')).toBeUndefined();
		expect(reportOf(`${lead}Die Zahl der Fälle zeigt, dass die Maßnahmen wirken.`, 'de', 'die Maßnahmen wirken')).toBeUndefined();
		expect(reportOf(`${lead}Die Erfahrung hat gezeigt, dass Verbote nicht helfen.`, 'de', 'Verbote nicht helfen')).toBeUndefined();
		const sourced = reportOf(`${lead}Die Auswertung des Jahres zeigt laut Statistischem Bundesamt, dass die Exporte fallen.`, 'de', 'die Exporte fallen');
		expect(sourced?.speaker).toContain('Bundesamt');
	});
});

describe('English findings and views with a "that" clause', () => {
	it('reads found/concluded/recommended/ruled that … with the subject as speaker', () => {
		const lead = 'Rivers in trouble\n\nThe survey covered 300 sites. ';
		const cases: Array<[string, string, string]> = [
			['The researcher Kofi Mensah concluded that most rivers are polluted.', 'most rivers are polluted', 'Mensah'],
			['The panel chair, Ruth Okafor, recommended that farms cut fertiliser use.', 'farms cut fertiliser use', 'Okafor'],
			['Judge Amelia Stroud ruled that the permit was unlawful.', 'the permit was unlawful', 'Stroud'],
		];
		for (const [sentence, clause, speaker] of cases) {
			const quote = reportOf(lead + sentence, 'en', clause);
			expect(quote, sentence).toBeDefined();
			expect(quote!.speaker).toContain(speaker);
		}
	});
});

describe('that-less clauses opened by a nominative pronoun', () => {
	it('reads "admitted he lied", "denied she knew" without an auxiliary, and splits a coordinated second report', () => {
		const text = 'Inquiry\n\nTom Reddick admitted he lied to the committee and denied he had taken money.';
		const reports = quotesOf(text, 'en').filter((quote) => quote.kind === 'indirect');
		expect(reports.map((quote) => quote.text)).toEqual(['he lied to the committee', 'he had taken money']);
		expect(reportOf('Inquiry\n\nAnna Berg denied she knew about the payments.', 'en', 'she knew about the payments')?.speaker).toBe('Anna Berg');
	});

	it('does not read an object pronoun as a clause ("denied him access")', () => {
		expect(quotesOf('Inquiry\n\nThe court denied him access to the files.', 'en').filter((quote) => quote.kind === 'indirect')).toEqual([]);
	});
});

describe('German perfect tense and court decisions', () => {
	it('keeps the auxiliary out of the speaker ("Die Regierung hat mitgeteilt, dass …")', () => {
		const text = 'Lage\n\nDie Bundesregierung hat mitgeteilt, dass sie handeln werde. Die Polizei hatte berichtet, dass zwei Menschen verletzt worden seien.';
		expect(reportOf(text, 'de', 'dass sie handeln werde')?.speaker).toBe('Bundesregierung');
		expect(reportOf(text, 'de', 'zwei Menschen verletzt')?.speaker).toBe('Polizei');
	});

	it('reads a court\'s decision with its dass clause, not a decision without one', () => {
		const text = 'Urteil\n\nDer Bundesgerichtshof entschied, dass ein Taschenrechner am Steuer verboten ist. Der Rat entschied sich für eine Erhöhung.';
		expect(reportOf(text, 'de', 'Taschenrechner am Steuer verboten')?.speaker).toBe('Bundesgerichtshof');
		expect(reportOf(text, 'de', 'Erhöhung')).toBeUndefined();
	});
});

describe('German colon statements and more role nouns', () => {
	it('reads a Konjunktiv clause after the cue\'s colon ("hielt dagegen: Die Reform sei …")', () => {
		const text = 'Heizung\n\nDie Union kritisierte die Pläne. Frau Esken von der SPD hielt dagegen: Die Reform sei sozial ausgewogen.';
		expect(reportOf(text, 'de', 'Die Reform sei sozial ausgewogen')?.speaker).toContain('Esken');
		const indicative = 'Heizung\n\nDie SPD-Chefin Saskia Esken sagte: Die Reform ist gut.';
		expect(reportOf(indicative, 'de', 'Die Reform ist gut')).toBeUndefined();
	});

	it('keeps roles such as "Fraktionsvize" out of the name', () => {
		const text = 'Heizung\n\nCDU-Fraktionsvize Jens Spahr sprach von Chaos. Die Regierung verunsichere die Bürger, sagte er.';
		const quote = reportOf(text, 'de', 'verunsichere die Bürger');
		expect(quote?.speaker).toBe('Jens Spahr');
		expect(quote?.role).toBe('CDU-Fraktionsvize');
	});
});

describe('"told X" with a counted clause', () => {
	it('reads "told HuffPost about 50 girls wear a hijab" and "told reporters 12 people had died", not "told him about 50 times to stop"', () => {
		const text = 'Hijab\n\nPrincipal Eric Sundqvist told HuffPost about 50 girls wear a hijab. Police told reporters 12 people had died.';
		expect(reportOf(text, 'en', 'about 50 girls wear a hijab')?.speaker).toBe('Eric Sundqvist');
		expect(reportOf(text, 'en', '12 people had died')?.speaker).toBe('Police');
		expect(quotesOf('Hijab\n\nShe told him about 50 times to stop.', 'en')).toEqual([]);
	});
});

describe('bodies named with "of"', () => {
	it('keeps "the University of Leeds" whole as the speaker of a finding', () => {
		const text = 'Rivers\n\nThe study, published in Nature by researchers at the University of Leeds, found that rivers were polluted.';
		expect(reportOf(text, 'en', 'rivers were polluted')?.speaker).toBe('University of Leeds');
	});
});

describe('coordinated reports', () => {
	it('splits "admits … and claims …" into two reports by the same speaker', () => {
		const text = 'Mayor out\n\nThe ousted mayor, Frank Ohlsen, admits his plan is over and claims he has been betrayed by his party.';
		const reports = quotesOf(text, 'en').filter((quote) => quote.kind === 'indirect');
		expect(reports.map((quote) => quote.text)).toEqual(['his plan is over', 'he has been betrayed by his party']);
		expect(reports.every((quote) => quote.speaker === 'Frank Ohlsen')).toBe(true);
	});

	it('splits "sagte, …, und fügte hinzu, …" into two reports by the same speaker', () => {
		const text = 'Haushalt\n\nFinanzministerin Petra Lindqvist sagte, die Lage sei ernst, und fügte hinzu, man werde rasch handeln.';
		const reports = quotesOf(text, 'de').filter((quote) => quote.kind === 'indirect');
		expect(reports.map((quote) => quote.text)).toEqual(['die Lage sei ernst', 'man werde rasch handeln']);
		expect(reports.every((quote) => quote.speaker === 'Petra Lindqvist')).toBe(true);
	});

	it('gives a verb joined by "and" the subject that opens the sentence', () => {
		const en = 'Hijab\n\nSamira Haddad plays for the school. Samira, who is in Grade 11, wore the new kit on Monday and says it is lighter and easier to use.';
		expect(reportOf(en, 'en', 'it is lighter')?.speaker).toBe('Samira Haddad');
		const de = 'Besuch\n\nInnenministerin Greta Vollmer besuchte am Montag die Stadt und sagte, die Lage sei ernst.';
		expect(reportOf(de, 'de', 'die Lage sei ernst')?.speaker).toBe('Greta Vollmer');
	});

	it('does not split where "and" joins the reported clause\'s own parts', () => {
		const text = 'Talks\n\nTom Reddick said the talks were long and the mood was tense.';
		const reports = quotesOf(text, 'en').filter((quote) => quote.kind === 'indirect');
		expect(reports.map((quote) => quote.text)).toEqual(['the talks were long and the mood was tense']);
	});
});

describe('role gender and unnamed role subjects', () => {
	it('does not give a female role description to the one man named ("die Kommissionschefin" is not Kanzler X)', () => {
		const text = 'Gipfel\n\nKanzler Olaf Brenner traf die Delegation aus Brüssel. Die Kommissionschefin sagte, der Kompromiss sei fair.';
		expect(reportOf(text, 'de', 'der Kompromiss sei fair')?.speaker).not.toContain('Brenner');
		const en = 'Summit\n\nPresident Mark Holloway met the delegation. The spokeswoman said the deal was fair.';
		expect(reportOf(en, 'en', 'the deal was fair')?.speaker).not.toContain('Holloway');
	});

	it('does not give an unnamed office to the one person of the top known by another office', () => {
		const text = 'Gesetz\n\nNach Ansicht von Ökonomin Anna Weller wird die Krise länger dauern. Dem Minister zufolge soll das Gesetz im Mai kommen.';
		expect(reportOf(text, 'de', 'soll das Gesetz im Mai kommen')?.speaker).not.toContain('Weller');
	});

	it('gives "er"/"sie" the definite role that opens the sentence before when nobody is named', () => {
		const text = 'Lage\n\nDer Minister sprach am Montag in Berlin. Er sagte, die Lage sei ernst.';
		expect(reportOf(text, 'de', 'die Lage sei ernst')?.speaker).toContain('Minister');
		const en = 'Storm\n\nThe spokeswoman spoke in Leeds on Monday. She said the roads were closed.';
		expect(reportOf(en, 'en', 'the roads were closed')?.speaker).toContain('spokeswoman');
	});
});

describe('two names or roles joined by "und"/"and" speak together', () => {
	const speakerOf = (text: string, language: 'de' | 'en', fragment: string) => analyzeQuotes(text, {language}).quotes.find((quote) => quote.text.includes(fragment))?.speaker;

	it('gives a report to both unions after the verb, and does not take the cue for one interrupting a single clause', () => {
		const text = 'Streik\n\nDie Schichten seien zu lang, argumentieren die Gewerkschaften Verdi und Komba, oft müssten die Beschäftigten nachts arbeiten.';
		const reports = analyzeQuotes(text, {language: 'de'}).quotes.filter((quote) => quote.kind === 'indirect');
		expect(reports[0]).toMatchObject({text: 'Die Schichten seien zu lang', speaker: 'die Gewerkschaften Verdi und Komba'});
		expect(reports.every((quote) => !quote.text.includes('argumentieren'))).toBe(true);
	});

	it('keeps both halves of a paired German form ("Leserinnen und Leser") as the speaker', () => {
		const text = 'Umfrage\n\nLaut den Leserinnen und den Lesern sei die Zeitung zu teuer.';
		expect(speakerOf(text, 'de', 'die Zeitung zu teuer')).toMatch(/^(?:den )?Leserinnen und den Lesern$/u);
	});

	it('reads "X and Y said" as both, but a name of a body with "and" in it as that body', () => {
		const both = 'Merger\n\nGreenpeace and the WWF said the deal would harm the forests.';
		expect(speakerOf(both, 'en', 'the deal would harm the forests')).toBe('Greenpeace and the WWF');
		const body = 'Merger\n\nThe Food and Drug Administration said the drug was safe.';
		expect(speakerOf(body, 'en', 'the drug was safe')).toBe('Food and Drug Administration');
	});

	it('does not join a name to the subject of a clause of its own after "und"', () => {
		const text = 'Gipfel\n\nDas Treffen sei gut gewesen, sagte Scholz und Berlin werde weiter helfen.';
		expect(speakerOf(text, 'de', 'Das Treffen sei gut gewesen')).toBe('Scholz');
	});
});

describe('a cue set off by commas interrupts a clause only when the part before has no finite verb of its own', () => {
	const reports = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.filter((quote) => quote.kind === 'indirect').map((quote) => quote.text);

	it('reads "Die Lage, sagte X, sei ernst" as one clause, but not a main clause with its own verb before the cue', () => {
		expect(reports('Lage\n\nDie Lage, sagte Jana Roth, sei ernst.', 'de')).toEqual(['Die Lage, sagte Jana Roth, sei ernst']);
		expect(reports('Lage\n\nDer Hafen ist voll, warnte Jana Roth, bald müssten Schiffe warten.', 'de').some((text) => text.startsWith('Der Hafen ist voll'))).toBe(false);
	});

	it('reads "The plan, Smith said, was dead" as one clause, but not "The port is full, Smith said, ships wait"', () => {
		expect(reports('Port\n\nThe plan, Ann Smith said, was dead.', 'en')).toEqual(['The plan, Ann Smith said, was dead']);
		expect(reports('Port\n\nThe port is full, Ann Smith said, ships wait outside.', 'en').some((text) => text.startsWith('The port is full, Ann Smith'))).toBe(false);
	});
});
