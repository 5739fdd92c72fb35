// Speaker attribution rules: organisations, pronouns after dialogue, German role cases, unnamed group sources, headline quotes (sentences written for each rule).

import {describe, expect, it} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {nominativeRoleDe} from '../../source/analysis/people/role-case.js';
import type {Quote} from '../../source/model/quote.js';
import {quotes} from './checked-quotes.js';

const find = (list: Quote[], fragment: string) => list.find((quote) => quote.text.includes(fragment));

describe('German roles in the nominative singular', () => {
	it('undoes genitive and dative endings of role nouns and their adjectives', () => {
		expect(nominativeRoleDe('des Kreml-Sprechers')).toBe('Kreml-Sprecher');
		expect(nominativeRoleDe('dem US-amerikanischen Staatschef')).toBe('US-amerikanischer Staatschef');
		expect(nominativeRoleDe('des früheren Präsidenten')).toBe('früherer Präsident');
		expect(nominativeRoleDe('der Experten')).toBe('Experte');
		expect(nominativeRoleDe('der neuen Außenministerin')).toBe('neue Außenministerin');
		expect(nominativeRoleDe('dem Vorsitzenden der Partei')).toBe('Vorsitzender der Partei');
		expect(nominativeRoleDe('Vorsitzende', 'die')).toBe('Vorsitzende');
	});

	it('leaves roles already in the nominative as they are', () => {
		for (const role of ['Kreml-Sprecher', 'US-Verteidigungsminister', 'Bundeskanzler', 'Außenministerin', 'Staatsanwalt']) expect(nominativeRoleDe(role)).toBe(role);
	});

	it('reports the role of a person met in an oblique case in the nominative', () => {
		const text = 'Selenskyj telefonierte mit dem US-amerikanischen Staatschef Donald Trump. Trump sagte, das Gespräch sei gut gewesen.';
		const quote = find(quotes(text, 'de'), 'das Gespräch sei gut');
		expect(quote?.speaker).toBe('Donald Trump');
		expect(quote?.role).toBe('US-amerikanischer Staatschef');
		const peskow = find(quotes('Die Worte des Kreml-Sprechers Dmitri Peskow waren deutlich. Peskow sagte, Moskau sei bereit.', 'de'), 'Moskau sei bereit');
		expect(peskow?.role).toBe('Kreml-Sprecher');
	});

	it('reads a role after "nach Angaben" as a role, not as a name', () => {
		const quote = find(quotes('Nach Angaben des US-amerikanischen Staatschefs sei das Gespräch gut gewesen.', 'de'), 'Gespräch gut');
		expect(quote?.speaker).not.toBe('US-amerikanischen');
		expect(quote?.role).toBe('US-amerikanischer Staatschef');
	});
});

describe('he/she after two people spoke', () => {
	it('takes the person whose given name fits the pronoun, not the last speaker', () => {
		const text = 'John Carter spoke after Mary Lewis. "We are ready," Lewis said. He said the plan was sound.';
		expect(find(quotes(text, 'en'), 'the plan was sound')?.speaker).toBe('John Carter');
		const she = quotes('Emma Stone met David Walsh in Paris. Walsh said the deal was done. She said it was not.', 'en');
		expect(find(she, 'it was not')?.speaker).toBe('Emma Stone');
	});

	it('reads gender from titles, which are no part of the name', () => {
		const found = quotes('Mr Hartley and Ms Osei met on Monday. "We made progress," Hartley said. "It is not enough," Osei said. He added that talks would continue.', 'en');
		expect(find(found, 'We made progress')?.speaker).toBe('Hartley');
		expect(find(found, 'talks would continue')?.speaker).toBe('Hartley');
		const german = quotes('Frau Lindner und Herr Kowalczyk diskutierten. Kowalczyk sagte, das sei Unsinn. Sie widersprach: „Das stimmt nicht.“', 'de');
		expect(find(german, 'Das stimmt nicht')?.speaker).toBe('Lindner');
	});

	it('reads gender from English role words (spokeswoman, chairman)', () => {
		const text = 'Spokeswoman Kim Tran and chairman Lee Park met on Monday. "We agree," Park said. She said the deal would be signed.';
		expect(find(quotes(text, 'en'), 'the deal would be signed')?.speaker).toBe('Kim Tran');
	});

	it('reads gender from a kinship word before the name', () => {
		const found = quotes('Peter Novak and his wife, Dana Novak, lost their farm in the flood. Novak said the insurer had refused to pay. "We have nothing left," she said.', 'en');
		expect(find(found, 'We have nothing left')?.speaker).toBe('Dana Novak');
		const single = quotes('Ines Ferreira and her husband, Tiago, have run the bakery for 30 years. "We never thought we would close," she said. He added that energy bills had made it impossible to continue.', 'en');
		expect(find(single, 'We never thought')?.speaker).toBe('Ines Ferreira');
		expect(find(single, 'energy bills had made it impossible')?.speaker).toBe('Tiago');
	});

	it('prefers the last speaker when both fit the pronoun', () => {
		const text = 'Tom Brady answered Sarah Palin. "He should apologise," Palin said. "I will not," Brady replied. He said the criticism was unfair.';
		expect(find(quotes(text, 'en'), 'criticism was unfair')?.speaker).toBe('Tom Brady');
		const german = quotes('Friedrich Merz und Saskia Esken stritten im Bundestag. „Das ist falsch“, sagte Esken. Er entgegnete, die Zahlen seien eindeutig.', 'de');
		expect(find(german, 'Das ist falsch')?.speaker).toBe('Saskia Esken');
		expect(find(german, 'Zahlen seien eindeutig')?.speaker).toBe('Friedrich Merz');
	});
});

describe('organisations as speakers', () => {
	it('gives a document the words of the author it names, also when the author is named only later', () => {
		const before = quotes('A study by the Karlsson Institute for Coastal Research found that sea levels rose faster. The study said the trend would continue.', 'en');
		expect(find(before, 'the trend would continue')?.speaker).toContain('Karlsson Institute');
		const later = quotes('Flood barrier failed twice, report finds\nThe barrier failed twice in one week, according to a report published on Monday.\nThe report by the Harbour Safety Board (HSB) found that the gates jammed.', 'en');
		expect(find(later, 'The barrier failed twice in one week')?.speaker).toContain('HSB');
		const german = quotes('Eine Studie des Robert Koch-Instituts wurde am Montag vorgestellt. Laut der Studie sei die Impfung wirksam.', 'de');
		expect(find(german, 'Impfung wirksam')?.speaker).toContain('Koch-Instituts');
	});

	it('resolves "the ministry" / "das Ministerium" to the named body whose name holds the noun', () => {
		const english = quotes("Russia's Defence Ministry reported new attacks. The ministry said in a statement that 40 drones had been shot down.", 'en');
		expect(find(english, '40 drones')?.speaker).toBe('Defence Ministry');
		const german = quotes('Das Bundesgesundheitsministerium hat neue Regeln erlassen. Das Ministerium teilte mit, die Regeln gälten ab Montag.', 'de');
		expect(find(german, 'die Regeln gälten ab Montag')?.speaker).toBe('Bundesgesundheitsministerium');
	});

	it('gives "the company" / "der Konzern" to the company the text is about, and keeps a generic body by its noun', () => {
		expect(find(quotes('Siemens kündigte den Abbau von Stellen an. Der Konzern erklärte, die Nachfrage sei eingebrochen.', 'de'), 'Nachfrage')?.speaker).toBe('Siemens');
		expect(find(quotes('Acme Corp cut its forecast. It said demand had fallen sharply.', 'en'), 'demand had fallen')?.speaker).toBe('Acme Corp');
		expect(find(quotes('Die Polizei erklärte, der Mann sei festgenommen worden.', 'de'), 'festgenommen')?.speaker).toBe('Polizei');
		const statement = quotes('Die Firma streicht Stellen. In einer Mitteilung des Konzerns heißt es, man müsse die Kosten senken.', 'de');
		expect(find(statement, 'Kosten senken')?.speaker).toBe('Konzern');
	});

	it("gives a country's military to the named forces, or to the description when none is named", () => {
		const named = quotes("The Israel Defense Forces (IDF) opened an inquiry. The day after the attack, Israel's military said it had visuals of the incident.", 'en');
		expect(find(named, 'visuals of the incident')?.speaker).toBe('Israel Defense Forces (IDF)');
		expect(find(quotes("Ukraine's military said it had struck a depot near the border.", 'en'), 'struck a depot')?.speaker).toBe("Ukraine's military");
	});

	it('lets "it" mean the organisation that spoke, not one named in a clause set before the pronoun', () => {
		const text = 'Asked about the findings, the Harbour Board said: "We do not comment." A day after the Tribune investigation was published, it said the gates had been repaired.';
		expect(find(quotes(text, 'en'), 'the gates had been repaired')?.speaker).toBe('Harbour Board');
	});

	it('reads a German main clause after "X teilte mit," as reported, in the indicative too', () => {
		const found = quotes('Die Feuerwehr teilte mit, der Brand wurde am Abend gelöscht.', 'de');
		expect(find(found, 'der Brand wurde am Abend gelöscht')?.kind).toBe('indirect');
		expect(find(quotes('Müller sagte, als er ankam, war alles ruhig.', 'de'), 'als er ankam')).toBeUndefined();
		// An announcement's zu-infinitive is reported with its subject and verb (the gold's convention; eighteenth session).
		expect(find(quotes('Die Ministerin kündigte an, die Kontrollen an der Grenze auszuweiten.', 'de'), 'Kontrollen')?.text).toBe('Die Ministerin kündigte an, die Kontrollen an der Grenze auszuweiten');
	});
});

describe('unnamed and group sources', () => {
	it('names the circle behind "hieß es aus/in …" in the nominative', () => {
		expect(find(quotes('Die Bundesregierung will die Hilfen verlängern, so hieß es aus Regierungskreisen.', 'de'), 'Hilfen verlängern')?.speaker).toBe('Regierungskreise');
		expect(find(quotes('Man sei zuversichtlich, hieß es in Diplomatenkreisen.', 'de'), 'zuversichtlich')?.speaker).toBe('Diplomatenkreise');
		expect(find(quotes('Die Verhandlungen seien schwierig, hieß es aus dem Umfeld des Ministers.', 'de'), 'Verhandlungen')?.speaker).toBe('Umfeld des Ministers');
	});

	it('leaves a bare "heißt es" / "it said" without an organisation unnamed', () => {
		expect(find(quotes('Die Lage sei ernst, heißt es.', 'de'), 'Lage sei ernst')?.speaker).toBe('');
		expect(find(quotes('The talks were difficult, it said in a statement.', 'en'), 'talks were difficult')?.speaker).toBe('');
	});

	it('gives "hieß es in einer Mitteilung des X" to X in the nominative, and a bare "in einer Mitteilung" to nobody', () => {
		expect(find(quotes('Die Lage sei unter Kontrolle, hieß es in einer Mitteilung des Innenministeriums.', 'de'), 'Lage sei')?.speaker).toBe('Innenministerium');
		expect(find(quotes('Die Lage sei unter Kontrolle, hieß es in einer Mitteilung.', 'de'), 'Lage sei')?.speaker).toBe('');
		expect(find(quotes('Man prüfe die Vorwürfe, hieß es von Seiten der Regierung.', 'de'), 'Vorwürfe')?.speaker).toBe('Regierung');
	});

	it('resolves "aus dem Ministerium" to the named ministry', () => {
		const text = 'Das Auswärtige Amt und das Verteidigungsministerium berieten. Die Lage sei ernst, hieß es aus dem Ministerium.';
		expect(find(quotes(text, 'de'), 'Lage sei ernst')?.speaker).toBe('Verteidigungsministerium');
	});
});

describe('quotes in headlines whose speaker is named in the body', () => {
	it('keeps "Name: \'fragment\'" when the name is a person of the article, drops it otherwise', () => {
		const named = quotes("Lindqvist: 'We will not back down' on fares\nTransport minister Erik Lindqvist has told MPs the fare rise will go ahead.", 'en');
		expect(find(named, 'We will not back down')?.speaker).toBe('Erik Lindqvist');
		const topic = quotes("Brexit: 'hard border' fears grow in Ulster\nFarmers near the border are worried about checks.", 'en');
		expect(find(topic, 'hard border')).toBeUndefined();
	});

	it('gives a headline quote followed by a dash to the person named after it', () => {
		const found = quotes('„Wir werden nicht nachgeben“ – Merz verteidigt Sparkurs\nCDU-Chef Friedrich Merz hat den Sparkurs im Bundestag verteidigt.', 'de');
		const quote = find(found, 'Wir werden nicht nachgeben');
		expect(quote?.kind).toBe('direct');
		expect(quote?.speaker).toBe('Friedrich Merz');
		expect(quote?.role).toBe('CDU-Chef');
	});

	it('does not read the quoted object of "defends"/"verteidigt" as words said', () => {
		expect(find(quotes("Senator defends 'Obamacare' repeal plan", 'en'), 'Obamacare')).toBeUndefined();
		expect(find(quotes('Regierung verteidigt „Deutschlandticket“', 'de'), 'Deutschlandticket')).toBeUndefined();
	});

	it('reads stance verbs of headlines as framing a fragment, and completes the surname from the body', () => {
		const found = quotes("Okafor vows 'swift response' to port strike\nPresident Bola Okafor said the government would act.", 'en');
		expect(find(found, 'swift response')?.speaker).toBe('Bola Okafor');
		const german = quotes('Habeck warnt vor „dramatischen Folgen“\nWirtschaftsminister Robert Habeck sieht die Industrie in Gefahr.', 'de');
		expect(find(german, 'dramatischen Folgen')?.speaker).toBe('Robert Habeck');
	});
});

describe('descriptions that take up a named speaker', () => {
	it('gives "the agency" / "the rights group" to the organisation named last, not to the one that spoke before', () => {
		const text = 'Boeing said on Tuesday it would review its production line after a report by the Federal Aviation Administration (FAA) found repeated failures. The agency said the company had not met quality standards.';
		expect(find(quotes(text, 'en'), 'had not met quality standards')?.speaker).toBe('Federal Aviation Administration (FAA)');
		const group = quotes('Amnesty International accused the government of abuses. The rights group said hundreds had been detained without charge.', 'en');
		expect(find(group, 'hundreds had been detained')?.speaker).toBe('Amnesty International');
	});

	it('reads "das Staatsoberhaupt" as the person just named', () => {
		const text = 'Bundespräsident Frank-Walter Steinmeier hat die Opfer gewürdigt. „Wir vergessen sie nicht“, sagte das Staatsoberhaupt in Berlin.';
		expect(find(quotes(text, 'de'), 'Wir vergessen sie nicht')?.speaker).toBe('Frank-Walter Steinmeier');
	});

	it('gives a headline quote of a bare role to the person the body names', () => {
		const text = "Minister vows 'tough choices' in budget\nChancellor Maria Ekholm has defended her budget, saying it made \"tough but fair choices\".";
		const quote = find(quotes(text, 'en'), 'tough choices');
		expect(quote?.speaker).toBe('Maria Ekholm');
		const anonymous = quotes("Official warns of 'grave risk' to grid\nEnergy minister Maria Ekholm and her deputy Lars Berg met on Monday.", 'en');
		expect(find(anonymous, 'grave risk')?.speaker).not.toBe('Maria Ekholm');
	});
});

describe('more ways a speaker is taken up', () => {
	it('reads "the chancellor" after a surname taken for an organisation as that person', () => {
		const found = quotes('Kessler told reporters in Vienna that Austria would keep its commitments. The chancellor added that talks with Rome would continue.', 'en');
		expect(find(found, 'talks with Rome would continue')?.speaker).toBe('Kessler');
		const police = quotes('Police in Malta say arrests are complete\nThe force’s commissioner said everyone involved was in custody.', 'en');
		expect(find(police, 'everyone involved was in custody')?.speaker).not.toBe('Police');
	});

	it('gives "Name, who …, said" to that name even when it was not met before', () => {
		const found = quotes('Okonkwo, who has led the party since 2019, said the result was a disappointment.', 'en');
		expect(find(found, 'the result was a disappointment')?.speaker).toBe('Okonkwo');
	});

	it('describes an unnamed German spokesperson by the body it speaks for', () => {
		const found = quotes('„Das ist ein schwarzer Tag“, sagte ein Sprecher der Gewerkschaft Verdi.', 'de');
		expect(find(found, 'schwarzer Tag')?.speaker).toBe('ein Sprecher der Gewerkschaft Verdi');
		const wie = quotes('Wie ein Sprecher des Innenministeriums mitteilte, wurden die Kontrollen verschärft.', 'de');
		expect(find(wie, 'Kontrollen verschärft')?.speaker).toBe('ein Sprecher des Innenministeriums');
	});

	it('reads "zeigte sich zuversichtlich, dass …" as reported speech', () => {
		const quote = find(quotes('Der Minister zeigte sich zuversichtlich, dass eine Einigung bald gelingt.', 'de'), 'Einigung bald gelingt');
		expect(quote?.kind).toBe('indirect');
		expect(quote?.speaker).toBe('Der Minister');
	});

	it('continues a Konjunktiv sentence with the person the sentence before was about when nobody spoke', () => {
		const text = 'UN-Generalsekretär António Guterres rief alle Seiten zur Zurückhaltung auf. Die Gewalt müsse sofort enden.';
		expect(find(quotes(text, 'de'), 'Gewalt müsse sofort enden')?.speaker).toBe('António Guterres');
		const unnamed = quotes('Der Prozess fand hinter verschlossenen Türen statt. Die Angeklagten hätten Proteste organisiert.', 'de');
		expect(find(unnamed, 'Proteste organisiert')?.speaker).toBe('');
	});
});

describe('roles set off before a name', () => {
	it('keeps "role, Name," as the role of that person', () => {
		const found = quotes('Ukraine\'s president, Volodymyr Zelenskyy, has urged allies to hurry. "Every day of delay means more deaths," he said.', 'en');
		expect(find(found, 'Every day of delay')?.role).toBe("Ukraine's president");
		const governor = quotes('The governor of the region, Oleh Syniehubov, said rescue work was continuing.', 'en');
		expect(find(governor, 'rescue work was continuing')?.role).toBe('governor of the region');
	});

	it('takes no role from a plural or an object before the comma', () => {
		const found = quotes('After talking to reporters, Joe Biden said the talks had stalled.', 'en');
		expect(find(found, 'the talks had stalled')?.role).toBe('');
	});
});

describe('a description in a news top', () => {
	it('does not count the byline after "|" in the headline as a person of the story', () => {
		const text = 'The night the mayor loved best | Richard Ellis\nIt was a long evening for Donald Hale at the town hall.\nA veteran mayor declared that the budget was balanced.';
		expect(find(quotes(text, 'en'), 'the budget was balanced')?.speaker).toBe('Donald Hale');
	});

	it('means the one named person, not a place name taken for a person', () => {
		const text = "Port Talbot fire: 'key witness' says he was warned\nDavid Pryce named as the owner in council papers\nWelsh scrap dealer says he reported the leak twice";
		expect(find(quotes(text, 'en'), 'he reported the leak twice')?.speaker).toBe('David Pryce');
	});
});

describe('names and sources as written in news', () => {
	it('reads a quoted paper name after an article as the source', () => {
		const wie = quotes('Wie der „Kurier“ berichtet, soll der Minister zurücktreten.', 'de');
		expect(find(wie, 'soll der Minister zurücktreten')?.speaker).toBe('Kurier');
		const laut = find(quotes('Laut einem Bericht des „Kurier“ soll der Minister zurücktreten.', 'de'), 'Minister zurücktreten');
		expect(laut?.speaker).toBe('Kurier');
		expect(laut?.text.startsWith('soll')).toBe(true);
	});

	it('does not take the clause after "According to X," for a description of X', () => {
		const quote = find(quotes('According to the Daily Ledger, the memo was written in January.', 'en'), 'memo was written');
		expect(quote?.speaker).toBe('Daily Ledger');
		expect(quote?.role).toBe('');
	});

	it('keeps titles out of names and a month-like surname in them', () => {
		const fauci = quotes('Dr Anthony Ferris warned that cases could rise. Ferris told reporters: "We are not out of the woods."', 'en');
		expect(find(fauci, 'cases could rise')?.speaker).toBe('Anthony Ferris');
		expect(find(fauci, 'out of the woods')?.speaker).toBe('Anthony Ferris');
		expect(find(quotes('Theresa May said the deal was the best available.', 'en'), 'the deal was')?.speaker).toBe('Theresa May');
	});
});

describe('a quote after a colon', () => {
	it('is said by whom the clause ending in the colon names, not by the speaker before', () => {
		const text = '"Die Lage ist ernst", sagt ein Katastrophenexperte. "Wir brauchen Hilfe". Diese Hilfe vermisst die Bäuerin Katrin Vogt jeden Tag, wenn sie auf ihre Felder schaut: "Alles ist zerstört. Ich weiß nicht, wie es weitergeht."';
		expect(find(quotes(text, 'de'), 'Alles ist zerstört')?.speaker).toBe('Katrin Vogt');
		expect(find(quotes(text, 'de'), 'Wir brauchen Hilfe')?.speaker).toBe("ein Katastrophenexperte");
	});

	it('does not hand a headline description to the one person named when it is indefinite', () => {
		const text = 'Flut in Sachsen\n„Wir brauchen Hilfe“, sagt ein Katastrophenexperte. Bürgermeisterin Katrin Vogt rief den Notstand aus.';
		expect(find(quotes(text, 'de'), 'Wir brauchen Hilfe')?.speaker).toBe("ein Katastrophenexperte");
	});
});

describe('"it said" with the organisation only as the subject before', () => {
	it('takes the capitalised subject opening the sentence before', () => {
		expect(find(quotes('Vantor was fined €2bn by regulators on Tuesday. It said it would appeal.', 'en'), 'would appeal')?.speaker).toBe('Vantor');
		expect(find(quotes('The Bank of England raised rates to 5%. It said inflation remained too high.', 'en'), 'inflation remained')?.speaker).toBe('Bank of England');
	});

	it('does not take a person for "it"', () => {
		expect(find(quotes('Maria Lopez was fined on Tuesday. It said the fine was fair.', 'en'), 'fine was fair')?.speaker).toBe('');
	});
});

describe('German plural "sie"', () => {
	it('reads "sie" with a plural verb as the group the sentence before opens with, not as a woman', () => {
		expect(find(quotes('Die Gewerkschaften kritisierten den Plan. Sie forderten, die Löhne müssten steigen.', 'de'), 'Löhne')?.speaker).toBe('Die Gewerkschaften');
		expect(find(quotes('Ministerin Anna Berg traf die Gewerkschaften. Sie forderten, die Löhne müssten steigen.', 'de'), 'Löhne')?.speaker).not.toBe('Anna Berg');
		expect(find(quotes('Ministerin Anna Berg traf die Gewerkschaften. Sie sagte, die Löhne müssten steigen.', 'de'), 'Löhne')?.speaker).toBe('Anna Berg');
		expect(find(quotes('Die Demonstranten zogen vor das Rathaus. „Wir wollen gehört werden“, sagten sie.', 'de'), 'gehört werden')?.speaker).toBe('Die Demonstranten');
	});
});

describe('English "they" and bare quantifiers', () => {
	it('means the plural group the sentence before opens with', () => {
		expect(find(quotes('Protesters gathered outside parliament. "We want to be heard," they said.', 'en'), 'We want to be heard')?.speaker).toBe('Protesters');
		expect(find(quotes('Residents of the town were evacuated. They said the water rose within minutes.', 'en'), 'water rose')?.speaker).toBe('Residents');
		expect(find(quotes('The two surviving climbers were rescued. All said they were in shock at the time.', 'en'), 'in shock')?.speaker).toBe('The two surviving climbers');
	});

	it('stays unnamed when the sentence before opens with a person', () => {
		expect(find(quotes('Maria Lopez met the strikers. They said the offer was an insult.', 'en'), 'offer was an insult')?.speaker).toBe('');
	});
});

describe('pronouns and roles in longer stories', () => {
	it('lets a pronoun opening a Konjunktiv sentence choose the person, not the last speaker', () => {
		const text = 'Landrat Peter Möller verteidigte die Entscheidung.\n\nDie Grünen-Abgeordnete Lisa Brandt sprach von einem „Skandal“. Der Landrat habe die Bürger getäuscht, sagte sie.\n\nMöller wies die Vorwürfe zurück. Er habe alle Unterlagen offengelegt.';
		expect(find(quotes(text, 'de'), 'alle Unterlagen offengelegt')?.speaker).toBe('Peter Möller');
		const plural = quotes('Zwei Reporterinnen wurden verurteilt. Der Vorwurf: Sie hätten Proteste organisiert.', 'de');
		expect(find(plural, 'Proteste organisiert')?.speaker).toBe('');
	});

	it('keeps a lower-case English role before a full name, but not an adjective before a capitalised noun', () => {
		const found = quotes('Council leader Sarah Jones defended the plan. "We have listened to residents," she said.', 'en');
		expect(find(found, 'We have listened')?.role).toBe('Council leader');
		const adjective = quotes("Hosts on the State of the Union: 'A long night'\nLate-night hosts addressed the first official State of the Union address.", 'en');
		expect(find(adjective, 'A long night')?.speaker ?? '').not.toBe('State');
	});
});

describe('party tags, abbreviated titles and papers as addressees', () => {
	it('finds the speaker behind a party tag and an abbreviated title', () => {
		expect(find(quotes('Die Gefahr sei gebannt, sagte Landeshauptmann Thomas Stelzer (ÖVP) gegenüber der APA.', 'de'), 'Gefahr')?.speaker).toBe('Thomas Stelzer');
		expect(find(quotes('"This is a disgrace," said Rep. Nancy Pelosi (D-Calif.).', 'en'), 'disgrace')?.speaker).toBe('Nancy Pelosi');
	});

	it('passes over a quoted paper name the words were said to', () => {
		const quote = find(quotes('Grünen-Chef Werner Kogler sagte der „Kronen Zeitung“, man sei gesprächsbereit.', 'de'), 'gesprächsbereit');
		expect(quote?.kind).toBe('indirect');
		expect(quote?.speaker).toBe('Werner Kogler');
	});
});

describe('a kind of body in a headline or standfirst', () => {
	it('is a description, and means the one organisation the top names', () => {
		const one = quotes('Coastal towns face flooding, charity warns\nCharity group says councils are not ready for rising seas\nThe Shoreline Trust found that 40 towns had no flood plan.', 'en');
		expect(find(one, 'councils are not ready')?.speaker).toBe('Shoreline Trust');
		const two = quotes('Ministers urged to act\nCampaign group warns the UK is still failing\nThe Shoreline Trust urged the Marine Council to act.', 'en');
		expect(find(two, 'the UK is still failing')?.speaker).toBe('Campaign group');
	});
});

describe('a person named again by the given name alone', () => {
	it('is the one person of that first name, in both languages', () => {
		const english = quotes('Pupils at Dakota Collegiate tried the new sports hijab.\n"It is so much lighter," said Amira Khalil, a grade 11 student.\n"We are the second school to do this," Amira said.', 'en');
		expect(find(english, 'second school')?.speaker).toBe('Amira Khalil');
		const german = quotes('Die Schülerin Lea Brandt hat den Preis gewonnen.\n„Ich habe nicht damit gerechnet“, sagte Lea nach der Verleihung.', 'de');
		expect(find(german, 'nicht damit gerechnet')?.speaker).toBe('Lea Brandt');
	});

	it('stays its own name when two people share that first name', () => {
		const found = quotes('Anna Berg and Anna Schulz ran the campaign.\n"We won," Anna said.', 'en');
		expect(find(found, 'We won')?.speaker).not.toMatch(/Berg|Schulz/);
	});
});

describe('a full quote standing alone continues the last full quote\'s speaker, not a fragment quoted between', () => {
	const said = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.map((quote) => [quote.text, quote.speaker]);

	it('German: the fire brigade spokesman goes on after the institute\'s warning; the institute\'s long name speaks its verb', () => {
		const text = 'Brand\n\nIm Keller lagerten Säuren. „Dabei hat sich Gas gebildet“, sagte ein Feuerwehrsprecher. Das Zentrum für Umweltmedizin der Freien Universität (ZUM) warnt allerdings vor „schweren Vergiftungen“.\n\n„Wir können nur von außen löschen.“ Ein Löschzug kommt aus Potsdam. „Der hat eine Drehleiter.“';
		expect(said(text, 'de')).toEqual([
			['Dabei hat sich Gas gebildet', 'ein Feuerwehrsprecher'],
			['schweren Vergiftungen', 'Zentrum für Umweltmedizin der Freien Universität (ZUM)'],
			['Wir können nur von außen löschen.', 'ein Feuerwehrsprecher'],
			['Der hat eine Drehleiter.', 'ein Feuerwehrsprecher'],
		]);
	});

	it('English: the fire chief goes on after the institute\'s warning', () => {
		const text = 'Fire\n\nAcids were stored in the cellar. "Gas formed," fire chief Tom Hale said. The Institute for Environmental Health warns of "severe poisoning".\n\n"We can only fight it from outside." A crew is coming from Dover. "It has a ladder."';
		const quotes = said(text, 'en');
		expect(quotes.find(([quote]) => quote!.startsWith('We can only'))?.[1]).toBe('Tom Hale');
		expect(quotes.find(([quote]) => quote!.startsWith('It has a ladder'))?.[1]).toBe('Tom Hale');
	});

	it('a fragment by the same speaker or a report between changes nothing: the nearer speaker goes on', () => {
		const text = 'Fire\n\n"Gas formed," said fire chief Tom Hale. Mayor Ann Cole said the town would pay.\n\n"We will rebuild."';
		expect(said(text, 'en').find(([quote]) => quote === 'We will rebuild.')?.[1]).toBe('Ann Cole');
	});
});

describe('someone speaking for a body named only by its kind speaks for the body the text is about', () => {
	const speakers = (text: string, language: 'de' | 'en') => analyzeQuotes(text, {language}).quotes.map((quote) => quote.speaker);

	it('German: "ein Konzernsprecher" after a sentence opened by the company', () => {
		expect(speakers('Öl\n\nShell will in Venezuela bleiben. „Wir beobachten die Lage“, sagte ein Konzernsprecher.', 'de')).toEqual(['Shell']);
	});

	it('English: "a company spokesperson" after a sentence opened by the company, past another body named inside it', () => {
		expect(speakers('Oil\n\nShell, which the Venezuelan government owes $2 billion, will stay cautious.\n\n"We are monitoring developments," a company spokesperson said.', 'en')).toEqual(['Shell']);
	});

	it('stays unnamed when no body opens a sentence just before', () => {
		expect(speakers('Oil\n\nThe ministry met on Monday.\n\n"We are monitoring developments," a company spokesperson said.', 'en')).toEqual(['a company spokesperson']);
		expect(speakers('Öl\n\nDie Regierung hofft auf Investitionen. „Wir beobachten die Lage“, sagte ein Unternehmenssprecher.', 'de')).toEqual(['ein Unternehmenssprecher']);
	});
});

describe('a German pronominal adverb opening the sentence is no subject', () => {
	it('gives "Darin beklagt Samsung, dass …" to Samsung, as "In it, Samsung said that …"', () => {
		const de = analyzeQuotes('Patent\n\nSamsung hat Klage eingereicht. Darin beklagt Samsung, dass der Rivale kein Angebot gemacht habe.', {language: 'de'}).quotes;
		expect(de.find((quote) => quote.text.includes('kein Angebot'))?.speaker).toBe('Samsung');
		const en = analyzeQuotes('Patent\n\nSamsung filed a suit. In it, Samsung said that the rival made no offer.', {language: 'en'}).quotes;
		expect(en.find((quote) => quote.text.includes('no offer'))?.speaker).toBe('Samsung');
	});
});

describe('a pronoun means the person of the main clause before the person of a clause set in front of it', () => {
	const speakerOf = (text: string, language: 'de' | 'en', fragment: string) => analyzeQuotes(text, {language}).quotes.find((quote) => quote.text.includes(fragment))?.speaker;

	it('English: "After Lily Marsh won …, it was Kate Boyle who …" — "she told" is Boyle', () => {
		const text = 'Tennis\n\nAfter Lily Marsh won her match on Monday, it was Kate Boyle who got the ball rolling on Tuesday.\n\n"I started everyone off well," she told reporters.';
		expect(speakerOf(text, 'en', 'I started everyone off well')).toBe('Kate Boyle');
	});

	it('German: "Nachdem Lena Marsch gewonnen hatte, legte Katja Boyle nach" — "sagte sie" is Boyle', () => {
		const text = 'Tennis\n\nNachdem Lena Marsch am Montag gewonnen hatte, legte Katja Boyle am Dienstag nach.\n\n„Ich habe alle gut eingestimmt“, sagte sie.';
		expect(speakerOf(text, 'de', 'Ich habe alle gut eingestimmt')).toBe('Katja Boyle');
	});

	it('without a clause in front, the first person mentioned still comes first', () => {
		const text = 'Tennis\n\nLily Marsh beat Kate Boyle on Monday.\n\n"I played well," she said.';
		expect(speakerOf(text, 'en', 'I played well')).toBe('Lily Marsh');
	});
});
