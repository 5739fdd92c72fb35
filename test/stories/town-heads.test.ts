// Templated local reports headed by different towns are different events; one town's report in two papers is one (walk 10 #210).

import {describe, expect, it} from 'vitest';
import {clusterArticles} from '../../source/analysis/stories/cluster.js';

const start = Date.parse('2026-11-27T06:00:00Z');
const towns = ['Wechselstadt', 'Bremen', 'Kassel', 'Rostock', 'Ulm', 'Trier', 'Passau', 'Jena', 'Koblenz', 'Lübeck', 'Fulda', 'Siegen'];
const mayors = ['Lena Graf', 'Anna Keller', 'Jörg Baumann', 'Petra Vogt', 'Ralf Sommer', 'Ute Brandt', 'Kai Lorenz', 'Sabine Kraus', 'Timo Hartmann', 'Eva Winkler', 'Frank Busch', 'Ines Wolff'];

function article(uid: string, feed: string, title: string, summary: string, minutes: number) {
	return {uid, feedUrl: feed, feedTitle: feed, title, summary, content: '', url: `https://example.invalid/${uid}`, published: new Date(start + minutes * 60_000).toISOString()};
}

/** Each town's paper with the agency's template: the same words, its own town and mayor. */
function localReports(title: (town: string) => string, body: (town: string, mayor: string) => string) {
	return towns.map((town, k) => article(`local-${k}`, `${town}er Anzeiger`, title(town), body(town, mayors[k]!), k * 10));
}

const storyOf = (stories: string[][], uid: string) => stories.find((story) => story.includes(uid)) ?? [];

describe('local reports headed by their town', () => {
	it('keeps twelve towns apart whose reports differ only in the town and the mayor', () => {
		const stories = clusterArticles(
			localReports(
				(town) => `${town}: Klinikum schließt Notaufnahme nachts`,
				(town, mayor) => `In ${town} sorgt die Nachricht für Diskussionen. „Wir haben das lange geprüft“, sagte Oberbürgermeisterin ${mayor}. Kritiker in ${town} wollen Einspruch einlegen.`,
			),
		);
		for (let k = 0; k < towns.length; k++) expect(storyOf(stories, `local-${k}`)).toEqual([`local-${k}`]);
	});

	it('does so in English too', () => {
		const stories = clusterArticles(
			localReports(
				(town) => `${town}: Hospital closes night clinic`,
				(town, mayor) => `The news caused debate in ${town}. "We looked at this for a long time," said Mayor ${mayor}. Critics in ${town} plan to appeal.`,
			),
		);
		for (let k = 0; k < towns.length; k++) expect(storyOf(stories, `local-${k}`)).toEqual([`local-${k}`]);
	});

	it("joins two papers' reports of one town's event, headed differently", () => {
		const stories = clusterArticles([
			article('a', 'Hessische Nachrichten', 'Kassel: Klinikum schließt Notaufnahme nachts', 'In Kassel schließt das Klinikum seine Notaufnahme in der Nacht. „Uns fehlen Ärztinnen und Ärzte“, sagte Geschäftsführer Tom Haas.', 0),
			article('b', 'Nordhessen-Echo', 'Nordhessen: Kasseler Klinikum schließt Notaufnahme nachts', 'Das Klinikum in Kassel macht seine Notaufnahme nachts zu, wie Geschäftsführer Tom Haas in Nordhessen mitteilte. Es fehlen Ärzte.', 30),
			article('c', 'Kurier', 'Notaufnahme in Kassel nachts geschlossen', 'Die Notaufnahme des Klinikums Kassel schließt nachts. Geschäftsführer Tom Haas nannte den Ärztemangel als Grund.', 45),
		]);
		expect(stories).toEqual([['a', 'b', 'c']]);
	});
});
