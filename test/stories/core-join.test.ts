// A report joins a large story only through what the story's reports share, not through a verb and a name (walk 8 #175).

import {describe, expect, it} from 'vitest';
import {clusterArticles} from '../../source/analysis/stories/cluster.js';

const start = Date.parse('2026-11-26T12:00:00Z');
const wordings: Array<[string, string]> = [
	['Bundestag beschließt Heizungsgesetz nach langer Debatte', '„Das ist ein guter Tag für den Klimaschutz“, sagte Wirtschaftsminister Robert Habeck am Freitag im Bundestag. Der Bundestag hat das Heizungsgesetz mit den Stimmen der Koalition beschlossen.'],
	['Heizungsgesetz: Bundestag stimmt nach Streit zu', 'Der Bundestag hat das umstrittene Heizungsgesetz beschlossen. Oppositionsführer Friedrich Merz sagte: „Dieses Gesetz wird die Menschen überfordern.“'],
	['Heizungsgesetz im Bundestag beschlossen – Opposition kündigt Klage an', 'Nach monatelangem Streit hat der Bundestag das Heizungsgesetz verabschiedet. Die Union kündigte an, vor das Bundesverfassungsgericht zu ziehen.'],
];

function article(uid: string, feed: string, title: string, summary: string, minutesAgo: number) {
	return {uid, feedUrl: feed, feedTitle: feed, title, summary, content: '', url: `https://example.invalid/${uid}`, published: new Date(start - minutesAgo * 60_000).toISOString()};
}

/** Twelve outlets on one vote, and one feed's reports of other decisions that quote the chancellor. */
function day(otherDecisions: number) {
	const articles = [];
	for (let n = 1; n <= 12; n++) {
		const [title, summary] = wordings[n % 3]!;
		articles.push(article(`vote-${n}`, `Outlet ${n}`, title, summary, 90 + n * 3));
		// Each outlet's other news of the day: a local festival.
		articles.push(article(`fest-${n}`, `Outlet ${n}`, `Lokales aus Ort ${n}: Stadtfest mit Rekordbesuch`, `Das Stadtfest in Ort ${n} hatte so viele Besucher wie nie. „Wir sind überwältigt“, sagte Bürgermeisterin Anna Beispiel${n}.`, 200 + n * 7));
	}
	for (let i = 1; i <= otherDecisions; i++) {
		articles.push(
			article(`other-${i}`, 'Wechselnder Feed', `Meldung ${i}: Bundesregierung beschließt Maßnahme ${i}`, `„Das ist ein wichtiger Schritt“, sagte Bundeskanzler Friedrich Merz am Dienstag in Berlin. Die Maßnahme ${i} betrifft Straßenbau.`, (otherDecisions - i) * 60),
		);
	}
	return articles;
}

const storyOf = (stories: string[][], uid: string) => stories.find((story) => story.includes(uid)) ?? [];

describe('joining a large story', () => {
	it('keeps out reports that share only a verb, a stem and a person with the story', () => {
		for (const others of [1, 2, 3]) {
			const stories = clusterArticles(day(others));
			const vote = storyOf(stories, 'vote-1');
			expect(vote).toHaveLength(12);
			for (let i = 1; i <= others; i++) expect(vote).not.toContain(`other-${i}`);
		}
	});

	it("still takes in another outlet's report of the event in its own words", () => {
		const articles = [...day(3), article('late', 'Outlet 13', 'Nach Streit: Heizungsgesetz passiert den Bundestag', 'Das Parlament hat am Freitag das Heizungsgesetz verabschiedet.', 30)];
		expect(storyOf(clusterArticles(articles), 'vote-1')).toContain('late');
	});

	it('applies to large stories only: two reports sharing a stem still meet', () => {
		const pair = [
			article('a', 'Outlet A', 'Bundestag beschließt Heizungsgesetz', 'Der Bundestag hat das Heizungsgesetz beschlossen.', 60),
			article('b', 'Outlet B', 'Heizungsgesetz vom Bundestag beschlossen', 'Das Heizungsgesetz ist nach langer Debatte beschlossen.', 50),
		];
		expect(clusterArticles(pair)).toEqual([['a', 'b']]);
	});
});
