// Two live blogs of one feed are two events, however alike their entry times and rubrics; each still joins its own event's reports.

import {describe, expect, it} from 'vitest';
import {clusterArticles, StoryClusterer} from '../../source/analysis/stories/cluster.js';
import {articleFeatures} from '../../source/analysis/stories/features.js';

const evening = Date.parse('2026-01-31T19:00:00Z');
const guardian = 'https://www.theguardian.com/football/rss';

interface Item {
	uid: string;
	feed: string;
	title: string;
	summary: string;
	url: string;
	minutes: number;
}

function article({uid, feed, title, summary, url, minutes}: Item) {
	return {uid, feedUrl: feed, feedTitle: feed, title, summary, content: '', url, published: new Date(evening + minutes * 60_000).toISOString()};
}

/** The match's blog: its furniture (the rubric's links, the writer's email, entries under their times) names the other blog. */
const matchBlog: Item = {
	uid: 'match-blog',
	feed: guardian,
	title: 'Chelsea v Arsenal: Premier League – live!',
	summary: [
		'Latest updates from the 8pm kick-off at Stamford Bridge. Transfer deadline day – live! Email Scott with your thoughts.',
		'8.12pm GMT',
		'12 min: Hazard cuts inside and shoots over. Chelsea are pressing high, Arsenal cannot get out of their half.',
		'8.05pm GMT',
		'5 min: Kante wins the ball in midfield and Morata heads wide from the cross. Lively start at the Bridge.',
	].join('\n'),
	url: 'https://www.theguardian.com/football/live/2026/jan/31/chelsea-v-arsenal-premier-league-live',
	minutes: 72,
};

/** The transfer deadline's blog, the same minute: the same furniture, other news. */
const transferBlog: Item = {
	uid: 'transfer-blog',
	feed: guardian,
	title: 'Aubameyang joins Arsenal; Giroud deal goes through: transfer deadline day – live!',
	summary: [
		'Latest transfer deals in Europe. Email Nick with any tip-offs. Chelsea v Arsenal – live!',
		'8.12pm GMT',
		'Pierre-Emerick Aubameyang has completed his move from Borussia Dortmund to Arsenal for a club record fee of £56m.',
		'8.05pm GMT',
		'Olivier Giroud has passed his medical and will sign for Chelsea on an eighteen-month contract, his agent confirmed.',
	].join('\n'),
	url: 'https://www.theguardian.com/football/live/2026/jan/31/transfer-deadline-day-aubameyang-giroud-latest-live',
	minutes: 72,
};

/** Other outlets' reports of the match and of the transfer, and the Guardian's own match report. */
const reports: Item[] = [
	{uid: 'match-bbc', feed: 'https://feeds.bbci.co.uk/sport/football/rss.xml', title: 'Chelsea 2-0 Arsenal: Morata and Hazard score at Stamford Bridge', summary: 'Alvaro Morata headed in and Eden Hazard added a second as Chelsea beat Arsenal at Stamford Bridge, with Kante dominant in midfield.', url: 'https://www.bbc.co.uk/sport/football/1', minutes: 125},
	{uid: 'match-sky', feed: 'https://www.skysports.com/rss/12040', title: 'Chelsea beat Arsenal as Hazard and Morata score', summary: 'Eden Hazard and Alvaro Morata scored as Chelsea beat Arsenal 2-0 at Stamford Bridge; Kante ran the midfield.', url: 'https://www.skysports.com/football/news/2', minutes: 130},
	{uid: 'match-guardian', feed: guardian, title: 'Hazard and Morata give Chelsea win over Arsenal at Stamford Bridge', summary: 'Chelsea beat Arsenal 2-0 at Stamford Bridge: Morata headed in the opener, Hazard scored the second and Kante ran the midfield.', url: 'https://www.theguardian.com/football/2026/jan/31/chelsea-arsenal-match-report', minutes: 135},
	{uid: 'transfer-bbc', feed: 'https://feeds.bbci.co.uk/sport/football/rss.xml', title: 'Aubameyang completes record move to Arsenal from Dortmund', summary: 'Pierre-Emerick Aubameyang has joined Arsenal from Borussia Dortmund for a club record £56m fee on deadline day.', url: 'https://www.bbc.co.uk/sport/football/3', minutes: 60},
	{uid: 'transfer-sky', feed: 'https://www.skysports.com/rss/12040', title: 'Arsenal sign Aubameyang for club record £56m', summary: 'Arsenal have signed Pierre-Emerick Aubameyang from Borussia Dortmund for a club record £56m, the deadline day deal confirmed.', url: 'https://www.skysports.com/football/news/4', minutes: 65},
];

/** Each outlet's other news of the evening, so that the events' words are rare. */
const otherNews: Item[] = ['Central bank holds rates steady', 'Carmaker recalls electric vehicles', 'Storm warning issued for the coast', 'Museum opens exhibition of modern art', 'Airline cancels flights after strike', 'Parliament debates budget rules'].map((title, n) => ({
	uid: `other-${n}`,
	feed: [guardian, 'https://feeds.bbci.co.uk/news/rss.xml', 'https://www.skysports.com/rss/12040'][n % 3]!,
	title,
	summary: `${title} on Wednesday, a spokesperson said. More details are expected later this week.`,
	url: `https://example.invalid/other-${n}`,
	minutes: n * 20,
}));

const storyOf = (stories: string[][], uid: string) => stories.find((story) => story.includes(uid)) ?? [];

describe('live blogs of one feed', () => {
	it('marks a live blog by its headline, address or entries', () => {
		expect(Object.keys(articleFeatures(article(matchBlog)))).toContain('l:live');
		expect(Object.keys(articleFeatures(article(reports[2]!)))).not.toContain('l:live');
	});

	// Before: the two blogs were one story (similarity 0.09 over the threshold 0.08 after the same-feed factor), as the
	// Guardian's match and transfer blogs of 2018-01-31 were in the bundled sample and the follow-up gold case.
	it('keeps two live blogs of one feed apart, published the same minute with the same furniture', () => {
		const stories = clusterArticles([...otherNews, matchBlog, transferBlog].map(article));
		expect(storyOf(stories, 'match-blog')).not.toContain('transfer-blog');
	});

	it('joins each live blog to its own event’s reports, the outlet’s own report too, and keeps the two events apart', () => {
		const stories = clusterArticles([...otherNews, matchBlog, transferBlog, ...reports].map(article));
		expect([...storyOf(stories, 'match-blog')].sort()).toEqual(['match-bbc', 'match-blog', 'match-guardian', 'match-sky']);
		expect([...storyOf(stories, 'transfer-blog')].sort()).toEqual(['transfer-bbc', 'transfer-blog', 'transfer-sky']);
	});

	it('keeps them apart in a session restored from its state (the mark is kept)', () => {
		const input = (item: Item) => ({id: item.uid, feed: item.feed, time: evening + item.minutes * 60_000, features: articleFeatures(article(item))});
		const first = new StoryClusterer();
		first.add([...otherNews, matchBlog].map(input));
		const restored = StoryClusterer.fromState(structuredClone(first.toState()));
		restored.add([input(transferBlog)]);
		expect(storyOf(restored.clusters(), 'match-blog')).not.toContain('transfer-blog');
	});

	// Review V19 #5: the rule shut out the follow-up path too, so one event's blog rolled over to a new address each day
	// ("… war live: …") never joined the day before's.
	it('joins one event’s blogs of one feed rolled over hours apart, by the follow-up rule', () => {
		const war = 'https://www.theguardian.com/world/rss';
		const blog = (uid: string, title: string, entries: string[], url: string, minutes: number): Item => ({uid, feed: war, title, summary: entries.join('\n'), url, minutes});
		const morning = blog('war-morning', 'Russia-Ukraine war live: Zelenskyy says Kharkiv counteroffensive regains villages', [
			'Latest updates as Ukrainian forces push east of Kharkiv.', '8.12am GMT',
			'Volodymyr Zelenskyy said in his nightly address that troops retook villages near Kharkiv and Izium.', '7.40am GMT',
			'Russian shelling hit Kharkiv overnight, the regional governor Oleh Synehubov said.',
		], 'https://www.theguardian.com/world/live/2026/jan/31/russia-ukraine-war-live-kharkiv', -660);
		const night = blog('war-night', 'Russia-Ukraine war live: Zelenskyy visits Izium after Kharkiv counteroffensive', [
			'Latest updates as Ukrainian forces advance near Izium.', '7.05pm GMT',
			'Volodymyr Zelenskyy visited Izium and thanked troops of the Kharkiv counteroffensive.', '6.30pm GMT',
			'The regional governor Oleh Synehubov said shelling continued near Kharkiv.',
		], 'https://www.theguardian.com/world/live/2026/jan/31/russia-ukraine-war-live-izium', 120);
		const stories = clusterArticles([...otherNews, morning, night].map(article));
		expect(storyOf(stories, 'war-morning')).toContain('war-night');
	});
});
