// One made-up day for the follow-up tests: six outlets report an event in the morning, four report the evening's news hours later, each outlet its other news.

import {clusterArticles} from '../../source/analysis/stories/cluster.js';
import {articleFeatures} from '../../source/analysis/stories/features.js';

export interface Report {
	title: string;
	summary: string;
}

export interface Day {
	/** The morning's reports, told by six outlets in turn. */
	morning: readonly Report[];
	/** Each outlet's other news of the day (one every 1.5 hours), so that the event's words are rare, and how it goes on after its headline. */
	other: readonly string[];
	otherTail: string;
}

/** A German day's other news. */
export const germanOtherNews: Pick<Day, 'other' | 'otherTail'> = {
	other: [
		'Bundesbank senkt Prognose für das Wachstum',
		'Autobauer ruft Elektroautos zurück',
		'Fußballverein verpflichtet jungen Stürmer',
		'Sturmwarnung für die Nordseeküste',
		'Museum eröffnet Ausstellung moderner Kunst',
		'Fluggesellschaft streicht Flüge nach Streik',
		// At 9 h: a third report with a word of the Duisburg council's vote (follow-up-names).
		'Bundestag debattiert den Haushalt',
		'Bahn kündigt neuen Fahrplan an',
	],
	otherTail: 'am Dienstag, sagte ein Sprecher. Weitere Einzelheiten sollen im Laufe der Woche folgen.',
};

const morning = Date.parse('2026-05-16T06:00:00Z');

function article(uid: string, feed: string, {title, summary}: Report, hoursAfterMorning: number) {
	return {uid, feedUrl: feed, feedTitle: feed, title, summary, content: '', url: `https://example.invalid/${uid}`, published: new Date(morning + hoursAfterMorning * 3_600_000).toISOString()};
}

/** The day's articles: the morning's as `${morningId}-k`, the other news as `other-n`, the evening's four as `${eveningId}-k`, `hoursLater`. */
export function dayArticles(day: Day, evening: readonly Report[], eveningId: string, hoursLater: number, morningId = 'morning') {
	const articles = day.other.map((title, n) => article(`other-${n}`, `Outlet ${n + 1}`, {title, summary: `${title} ${day.otherTail}`}, n * 1.5));
	for (let k = 0; k < 6; k++) articles.push(article(`${morningId}-${k}`, `Outlet ${k + 1}`, day.morning[k % day.morning.length]!, k * 0.4));
	for (let k = 0; k < 4; k++) articles.push(article(`${eveningId}-${k}`, `Outlet ${k + 7}`, evening[k % evening.length]!, hoursLater + k * 0.4));
	return articles;
}

/** How many of the evening's four reports are in the story of the morning's first. */
export function joinedInEvening(day: Day, evening: readonly Report[], eveningId: string, hoursLater: number, morningId = 'morning'): number {
	const story = clusterArticles(dayArticles(day, evening, eveningId, hoursLater, morningId)).find((members) => members.includes(`${morningId}-0`)) ?? [];
	return story.filter((uid) => uid.startsWith(`${eveningId}-`)).length;
}

/** The stems of the article's names and (marked "-") common nouns, as features.ts gives them to the follow-up rule. */
export function namesOf(summary: string): string[] {
	const features = articleFeatures({title: 'Meldung', summary, content: ''});
	const key = Object.keys(features).find((feature) => feature.startsWith('m:'));
	return key ? key.slice(2).split(' ') : [];
}
