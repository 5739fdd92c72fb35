// Ranking of stories and topics and the read marks' part in it: shared by the build and the stored snapshot.

import type {Article} from '../model/article.js';
import type {Story, TopicBriefing} from '../model/briefing.js';
import {isRead, lastSeenOf, type ReadState} from './read-state.js';

/** The name under which stories that fit no topic appear. */
export const otherTopicName = 'Other';

/** An article's time for windows and ordering: its publication, else its fetch time. */
export function timeOf(article: Pick<Article, 'published' | 'fetchedAt'>): number {
	const time = Date.parse(article.published);
	return Number.isFinite(time) ? time : Date.parse(article.fetchedAt) || 0;
}

/**
 * Ranking: outlets matter most (a story four outlets report is more important than one only one did),
 * then recency relative to the newest article (1 / (1 + age / scale)), and unread stories come before
 * read ones. The scale is a day, or half the briefing's span when that is longer: in a window widened
 * to years (an old cache, the bundled snapshots) a day-old story is not "recent" in a way that should
 * outrank what nine outlets reported a year earlier.
 */
export function storyScore(outletCount: number, articleCount: number, ageHours: number, unread: boolean, spanHours = 48): number {
	const reach = 1 + Math.log2(Math.max(1, outletCount)) + 0.25 * Math.log2(Math.max(1, articleCount));
	const scale = Math.max(24, spanHours / 2);
	const recency = 1 / (1 + Math.max(0, ageHours) / scale);
	return Math.round(reach * recency * (unread ? 1 : 0.4) * 10_000) / 10_000;
}

/** When an article reached the reader (its fetch time), for "new since last seen"; `time` stands in for a fetch time that does not parse. */
export function arrivalOf(article: Pick<Article, 'fetchedAt'>, time: number): number {
	return Date.parse(article.fetchedAt) || time;
}

/** arrivalOf with the stand-in the briefing uses, the article's own time (timeOf): for callers that hold the article only. */
export function reportArrival(article: Pick<Article, 'published' | 'fetchedAt'>): number {
	return arrivalOf(article, timeOf(article));
}

/**
 * Whether a report is new to the reader in a story last seen at `seenTime` (epoch ms): arrived (reportArrival) after that
 * look, and not read. The one rule for the list's `+` (storyMarks) and the story's "N reports are new since you last
 * looked" (services' storyNews, asked with the read marks as they were before opening the story marked it read).
 */
export function isNewReport(arrived: number, seenTime: number, read: boolean): boolean {
	return !read && arrived > seenTime;
}

/**
 * What the read marks decide about a story: unread when any article is, new when an unread article arrived
 * after the story was last seen (or, never seen, when unread), and its score.
 */
export function storyMarks(
	id: string,
	articles: ReadonlyArray<{uid: string; arrived: number}>,
	outletCount: number,
	ageHours: number,
	readState: ReadState | undefined,
	spanHours?: number,
): Pick<Story, 'score' | 'isNew' | 'unread'> {
	const unread = articles.some((article) => !isRead(readState, article.uid));
	const seen = lastSeenOf(readState, id);
	const seenTime = seen === undefined ? undefined : Date.parse(seen);
	const isNew =
		seenTime === undefined || !Number.isFinite(seenTime)
			? unread
			: articles.some((article) => isNewReport(article.arrived, seenTime, isRead(readState, article.uid)));
	return {score: storyScore(outletCount, articles.length, ageHours, unread, spanHours), isNew, unread};
}

/**
 * Ranks stories and groups them under their primary topic (or, with `topic`, only that topic), topics
 * ordered by their top stories and "Other" last. Sorts `stories` in place.
 */
export function groupStories(stories: Story[], topic?: string): TopicBriefing[] {
	stories.sort(
		(a, b) =>
			b.score - a.score ||
			b.outlets.length - a.outlets.length ||
			Date.parse(b.lastPublished) - Date.parse(a.lastPublished) ||
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
	);

	const groups = new Map<string, Story[]>();
	// Appended in place: a list copied at every story was quadratic in a topic's stories (~3 MB of arrays for the 1,650
	// stories of the 10,000 generated articles, at every briefing handed out).
	const add = (name: string, story: Story) => {
		const list = groups.get(name);
		if (list) list.push(story);
		else groups.set(name, [story]);
	};
	const wanted = topic?.trim().toLocaleLowerCase();
	for (const story of stories) {
		if (wanted !== undefined && wanted !== '') {
			const names = story.topics.length > 0 ? story.topics : [otherTopicName];
			const match = names.find((name) => name.toLocaleLowerCase() === wanted);
			if (match) add(match, story);
			continue;
		}
		add(story.topics[0] ?? otherTopicName, story);
	}
	return [...groups.entries()]
		.map(([name, list]) => ({name, stories: list}))
		.sort((a, b) => {
			if ((a.name === otherTopicName) !== (b.name === otherTopicName)) return a.name === otherTopicName ? 1 : -1;
			return topicWeight(b) - topicWeight(a) || a.name.localeCompare(b.name);
		});
}

/** A topic's order is by its top stories: the best story counts fully, the next two half and a quarter. */
function topicWeight(topic: TopicBriefing): number {
	const [first, second, third] = topic.stories;
	return (first?.score ?? 0) + 0.5 * (second?.score ?? 0) + 0.25 * (third?.score ?? 0);
}
