// The German follow-up rule counts regions and parties German names after an article ("im Ahrtal", "in der Eifel", "die AfD", "im Landtag") as names (review V18 #12).

import {describe, expect, it} from 'vitest';
import {germanOtherNews, joinedInEvening, namesOf, type Day, type Report} from './follow-up-day.js';

interface Event extends Day {
	/** The evening's follow-up: the words moved on, the regions, party and people the same. */
	followUp: Report[];
	/** The same evening, another event with the same regions, party and people. */
	another: Report[];
}

/** The flood: Ahrtal and Eifel (after an article in every report) and the Landrat are the names the evening shares. */
const flood: Event = {
	...germanOtherNews,
	morning: [
		{
			title: 'Unwetter: Schwere Überflutungen im Ahrtal',
			summary:
				'Nach heftigem Starkregen sind in der Nacht im Ahrtal ganze Ortschaften überflutet worden. Auch in der Eifel traten Bäche über die Ufer. Landrat Jürgen Pföhler rief den Katastrophenfall aus, Rettungskräfte holten Bewohner mit Hubschraubern von den Dächern.',
		},
		{
			title: 'Hochwasser reißt Häuser im Ahrtal mit',
			summary: 'Die Fluten haben im Ahrtal Häuser und Brücken mitgerissen. In der Eifel sind mehrere Orte von der Außenwelt abgeschnitten. Landrat Jürgen Pföhler sprach von einer Katastrophe.',
		},
		{
			title: 'Katastrophenfall nach Starkregen ausgerufen',
			summary: 'Im Ahrtal und in der Eifel steht das Wasser meterhoch in den Straßen. Landrat Jürgen Pföhler bat die Bewohner, in den oberen Stockwerken zu bleiben, bis Rettungskräfte kommen.',
		},
	],
	followUp: [
		{
			title: 'Zahl der Toten steigt auf 19',
			summary:
				'Nach dem Hochwasser im Ahrtal ist die Zahl der Toten auf 19 gestiegen, wie die Polizei am Abend mitteilte. In der Eifel werden nach dem Starkregen noch Dutzende Menschen vermisst. Landrat Jürgen Pföhler rechnet mit weiteren Opfern, Rettungskräfte suchen in den überfluteten Ortschaften.',
		},
		{
			title: 'Mindestens 19 Tote nach dem Hochwasser',
			summary: 'Die Polizei hat am Abend 19 Tote im Ahrtal bestätigt. Rettungskräfte in der Eifel suchen in den überfluteten Häusern weiter nach Vermissten, sagte Landrat Jürgen Pföhler.',
		},
	],
	another: [
		{
			title: 'Landtag streitet über Schulreform',
			summary:
				'Im Landtag in Mainz haben CDU und Grüne die Schulreform der Landesregierung kritisiert. Landrat Jürgen Pföhler forderte mehr Lehrerstellen für die Schulen im Ahrtal und in der Eifel.',
		},
		{
			title: 'Kritik an geplanter Schulreform',
			summary: 'Die geplante Schulreform stößt auf Widerstand. Lehrerverbände im Ahrtal und in der Eifel warnen vor größeren Klassen, Landrat Jürgen Pföhler verlangt eine Anhörung.',
		},
	],
};

/** The party: the AfD and the Landtag (after an article), Thüringen and Höcke are the names the evening shares. */
const party: Event = {
	...germanOtherNews,
	morning: [
		{
			title: 'AfD scheitert mit Eilantrag gegen Verfassungsschutz',
			summary:
				'Das Verwaltungsgericht Weimar hat den Eilantrag der AfD gegen den Verfassungsschutz in Thüringen abgelehnt. Die Partei von Björn Höcke darf weiter als rechtsextremistisch eingestuft werden. Im Landtag reagierten die anderen Fraktionen erleichtert.',
		},
		{
			title: 'Gericht weist Eilantrag ab',
			summary: 'Die AfD in Thüringen ist mit einem Eilantrag gegen ihre Einstufung gescheitert. Der Verfassungsschutz dürfe die Partei von Björn Höcke beobachten, entschied das Gericht. Im Landtag gab es Beifall.',
		},
		{
			title: 'Niederlage für Höcke vor Gericht',
			summary: 'Das Verwaltungsgericht hat die Einstufung der AfD in Thüringen als rechtsextremistisch bestätigt. Björn Höcke kündigte an, weiter zu klagen. Im Landtag sprachen Abgeordnete von einem klaren Urteil.',
		},
	],
	followUp: [
		{
			title: 'Höcke will Beschwerde einlegen',
			summary: 'Nach der Niederlage vor dem Verwaltungsgericht will die AfD in Thüringen Beschwerde einlegen. Björn Höcke sprach am Abend im Landtag von einem politischen Urteil gegen seine Partei.',
		},
		{
			title: 'Beschwerde gegen Einstufung angekündigt',
			summary: 'Die AfD in Thüringen geht gegen den Beschluss zum Verfassungsschutz vor. Fraktionschef Björn Höcke kündigte im Landtag am Abend die Beschwerde beim Oberverwaltungsgericht an.',
		},
	],
	another: [
		{
			title: 'Parteitag wählt Spitzenkandidaten',
			summary:
				'Auf einem Parteitag in Pfiffelbach hat die AfD in Thüringen Björn Höcke zum Spitzenkandidaten für die Wahl im September gewählt. Er erhielt 87 Prozent der Stimmen der Delegierten und versprach einen Wahlkampf gegen Windräder, Asylheime und die Corona-Maßnahmen.',
		},
		{
			title: 'Delegierte stimmen für Spitzenkandidaten',
			summary: 'Mit 87 Prozent haben die Delegierten in Pfiffelbach Björn Höcke zum Spitzenkandidaten gekürt. Die AfD in Thüringen will nach der Wahl im September mit einem Programm gegen Windräder und Asylheime stärkste Kraft werden.',
		},
	],
};

/** How many of the evening's four reports are in the morning's story. */
function joined(event: Event, evening: 'followUp' | 'another', hoursLater: number): number {
	return joinedInEvening(event, event[evening], evening, hoursLater);
}

describe.each([
	['the Ahrtal flood (regions after an article)', flood],
	['the AfD in Thüringen (a party and a parliament after an article)', party],
])('%s', (_, event) => {
	// Before (review V18 #12): "im Ahrtal", "in der Eifel", "die AfD", "im Landtag" were common nouns, so the evening
	// shared one name (the Landrat) or two (Thüringen, Höcke) and stayed a story of its own at every gap.
	it('joins the evening follow-up to the morning story from 6 to 16 hours later', () => {
		for (const gap of [6, 9, 12, 16]) expect([gap, joined(event, 'followUp', gap)]).toEqual([gap, 4]);
	});

	it('keeps another event of the same regions, party and people apart at every gap from 6 to 20 hours', () => {
		for (const gap of [6, 9, 12, 16, 20]) expect([gap, joined(event, 'another', gap)]).toEqual([gap, 0]);
	});
});

describe('the German names the follow-up rule counts', () => {
	it('takes regions, rivers, parties and bodies after an article for names (review V18 #12)', () => {
		expect(namesOf('Nach der Flut im Ahrtal warnen Helfer in der Eifel und im Sauerland, sagte Landrat Jürgen Pföhler.')).toEqual(['-flut', 'ahrta', 'helfe', 'eifel', 'saurl', 'pfohl']);
		expect(namesOf('Heute hat die Hamas geantwortet, der Kreml und die Nato schwiegen.')).toEqual(['hamas', 'kreml', 'nato']);
		expect(namesOf('Heute haben die AfD, die CDU und die SPD im Landtag am Rhein gestritten.')).toEqual(['afd', 'cdu', 'spd', 'landt', 'rhein']);
		expect(namesOf('Heute kritisierte die NATO die Pläne des Kremls.')).toEqual(['nato', '-plane', 'kreml']);
	});

	it('keeps common nouns after an article, a company\'s legal form among them', () => {
		expect(namesOf('Heute hat die Feuerwehr im Hafen eine GmbH gerettet.')).toEqual(['-feurv', '-hafen', '-gmbh']);
	});

	it('takes a set phrase\'s noun after a preposition, and a word with a noun\'s ending, for common nouns; a town stays a name', () => {
		expect(namesOf('Seit Montag stehen Keller unter Wasser, Helfer sind vor Ort in Duisburg.')).toEqual(['kelle', '-vasse', 'helfe', '-ort', 'duisb']);
		expect(namesOf('Heute hat die Hamas neue Forderungen gestellt, mit Merz in Berlin-Mitte.')).toEqual(['hamas', '-forde', 'merz', 'mitte']);
	});
});
