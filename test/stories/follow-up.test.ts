// An event's follow-up hours later joins its story through the names it shares; another event in the same country stays apart (walk 10 #209).

import {describe, expect, it} from 'vitest';
import {clusterArticles} from '../../source/analysis/stories/cluster.js';

const morning = Date.parse('2026-05-16T06:00:00Z');

function article(uid: string, feed: string, title: string, summary: string, hoursAfterMorning: number) {
	return {uid, feedUrl: feed, feedTitle: feed, title, summary, content: '', url: `https://example.invalid/${uid}`, published: new Date(morning + hoursAfterMorning * 3_600_000).toISOString()};
}

/** Six outlets in the morning: the river floods a town. */
const flood = [
	['River bursts its banks in northern Italy, flooding Cesena', 'The Savio river burst its banks overnight and flooded large parts of Cesena in the Emilia-Romagna region of Italy. Firefighters rescued residents from rooftops with boats.'],
	['Floods in Italy: thousands leave their homes in Cesena', 'Thousands of residents of Cesena had to leave their homes after heavy rain. The Emilia-Romagna authorities closed schools and roads across the region.'],
	['Heavy rain floods streets of Cesena', 'Streets in Cesena stood under water on Tuesday morning after the Savio river overflowed. Emilia-Romagna declared a state of emergency.'],
].map(([title, summary], n) => ({title: title!, summary: summary!, n}));

/** The evening's follow-up: the same place and region, the headline moved on to the toll. */
const toll = [
	// The country inside a sentence: the headline's "Italy" starts it (no sign of a name), and "Emilia-Romagna" is one name.
	['Italy flood death toll climbs to nine', 'Nine people have died in the floods around Cesena in northern Italy, the civil protection agency said on Tuesday evening. Rescue teams in Emilia-Romagna are still searching for two missing residents.'],
	['Nine dead as floodwaters recede in Italy', 'The death toll from the floods in Emilia-Romagna rose to nine. Mayor Enzo Lattuca said Cesena would need months to repair its roads and bridges.'],
].map(([title, summary], n) => ({title: title!, summary: summary!, n}));

/** The same evening, another event in the same country, day and region: it shares three names with the flood. */
const vote = [
	['Italian senate backs pension reform after long night', 'The senate in Rome approved the pension reform of Prime Minister Giorgia Meloni on Tuesday evening. Opposition leaders from Emilia-Romagna and the rest of Italy announced protests against the higher retirement age.'],
	['Meloni wins senate vote on pensions', 'Prime Minister Giorgia Meloni won the vote on her pension reform in the senate in Rome on Tuesday. Unions in Italy and in Emilia-Romagna called a general strike against the higher retirement age.'],
].map(([title, summary], n) => ({title: title!, summary: summary!, n}));

/** Each outlet's other news of the day, so that the event's words are rare among the day's reports. */
function otherNews() {
	const topics = ['Central bank holds interest rates steady', 'Tech company unveils new smartphone', 'Football club signs young striker', 'Storm warning issued for the coast', 'Museum opens exhibition of modern art', 'Airline cancels flights after strike', 'Parliament debates new budget rules', 'Carmaker recalls electric vehicles'];
	return topics.map((title, n) => article(`other-${n}`, `Outlet ${n + 1}`, title, `${title} on Tuesday, a spokesperson said. More details are expected later this week.`, n * 1.5));
}

const storyOf = (stories: string[][], uid: string) => stories.find((story) => story.includes(uid)) ?? [];

function day(evening: Array<{title: string; summary: string; n: number}>, prefix: string, hoursLater: number) {
	const articles = otherNews();
	for (let k = 0; k < 6; k++) {
		const {title, summary} = flood[k % flood.length]!;
		articles.push(article(`flood-${k}`, `Outlet ${k + 1}`, title, summary, k * 0.4));
	}
	for (let k = 0; k < 5; k++) {
		const {title, summary} = evening[k % evening.length]!;
		articles.push(article(`${prefix}-${k}`, `Outlet ${k + 7}`, title, summary, hoursLater + k * 0.4));
	}
	return articles;
}

describe('an event and its follow-up', () => {
	it('joins the evening report of the toll to the morning story of the flood (its place and region shared)', () => {
		const stories = clusterArticles(day(toll, 'toll', 12));
		const story = storyOf(stories, 'flood-0');
		for (let k = 0; k < 6; k++) expect(story).toContain(`flood-${k}`);
		for (let k = 0; k < 5; k++) expect(story).toContain(`toll-${k}`);
	});

	it('keeps another event of the same country, region and day apart, although it shares their names', () => {
		const stories = clusterArticles(day(vote, 'vote', 12));
		expect(storyOf(stories, 'flood-0')).toHaveLength(6);
		expect(storyOf(stories, 'vote-0')).toHaveLength(5);
	});

	it('keeps the follow-up apart when it comes more than two days later (outside the window)', () => {
		const stories = clusterArticles(day(toll, 'toll', 50));
		expect(storyOf(stories, 'flood-0')).toHaveLength(6);
	});
});
