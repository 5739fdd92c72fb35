// Data derived from the state: the topic list with the top-stories and starred pseudo-topics, stories, people and their quotes.

import type {Story} from '../../model/briefing.js';
import {otherTopicName} from '../../briefing/rank.js';
import {topicLabel, type Messages} from '../../i18n/index.js';
import {briefingPeople, windowPeople, type PersonQuote, type PersonSummary} from '../../briefing/people.js';
import type {FeedRow} from '../../services/app-services.js';
import {isStarredStory, starredStoryId} from './list-keys.js';
import type {Screen, UiState} from './types.js';

/** Name of the pseudo-topic that lists starred articles; not a valid topic name anyone can type. */
export const starredTopic = '\u0000starred';

/** Name of the pseudo-topic first in the list: the briefing's most important stories, whatever their topic. */
export const topStoriesTopic = '\u0000top';

/** How many stories the top-stories list holds at most (a screen's worth at 80×24). */
export const topStoriesSize = 8;

/** What the topic list calls an entry: a topic by its shown name (German names for the bundled ones), a pseudo-topic by its label. */
export function entryLabel(name: string, messages: Messages): string {
	if (name === starredTopic) return messages.labels.starred;
	if (name === topStoriesTopic) return messages.labels.topStories;
	return topicLabel(name, messages);
}

/** The lists that are no topic of their own: their stories are listed under a topic as well. */
export function isPseudoTopic(name: string): boolean {
	return name === starredTopic || name === topStoriesTopic;
}

export interface TopicEntry {
	name: string;
	stories: Story[];
	unread: number;
	/** Stories new since the reader last looked (+): the topic shows + instead of • (BriefingScreen). */
	fresh: number;
}

// The starred pseudo-topic's stories, kept while the starred list and the briefing are the same objects: the
// rows of its list are cached per story object, so rebuilding these on every keypress would redraw every row.
let starredMemo: {starred: UiState['starred']; briefing: UiState['briefing']; stories: Story[]} | undefined;

function starredStories(state: UiState): Story[] {
	if (starredMemo?.starred === state.starred && starredMemo.briefing === state.briefing) {
		return starredMemo.stories;
	}

	const stories = buildStarredStories(state);
	starredMemo = {starred: state.starred, briefing: state.briefing, stories};
	return stories;
}

function buildStarredStories(state: UiState): Story[] {
	const stories: Story[] = [];
	for (const article of state.starred) {
		const story = article.storyId ? findStory(state, article.storyId) : undefined;
		stories.push({
			id: starredStoryId(article.id),
			headline: article.title,
			summary: story?.summary ?? '',
			topics: story?.topics ?? [],
			outlets: [article.feed],
			articles: [{id: article.id, title: article.title, url: article.url, feed: article.feed, published: article.published}],
			quotes: story ? story.quotes.filter(quote => quote.articleId === article.id) : [],
			people: story?.people ?? [],
			firstPublished: article.published,
			lastPublished: article.published,
			score: 0,
			isNew: false,
			unread: false,
		});
	}

	return stories;
}

// The top stories, per briefing object (marking read makes a new one).
let topMemo: {briefing: UiState['briefing']; stories: Story[]} | undefined;

/**
 * The briefing's most important stories across all topics, as a news app's "Top stories": the highest ranked of those
 * several outlets reported (rank.ts: reach, then recency, unread first), so that a big story under a topic far down the
 * list, or under "Other" (which is listed last) when no topic fits it, is the first thing seen. Empty when fewer than
 * two such stories exist or the briefing has one topic: the list would only repeat a topic.
 */
export function topStories(briefing: NonNullable<UiState['briefing']>): Story[] {
	if (topMemo?.briefing === briefing) {
		return topMemo.stories;
	}

	if (briefing.topics.length < 2) {
		// One topic: the list would repeat it.
		topMemo = {briefing, stories: []};
		return [];
	}

	const seen = new Set<string>();
	const candidates: Story[] = [];
	for (const topic of briefing.topics) {
		for (const story of topic.stories) {
			if (story.outlets.length >= 2 && !seen.has(story.id)) {
				seen.add(story.id);
				candidates.push(story);
			}
		}
	}

	// Array.prototype.sort is stable: equal scores keep the briefing's order (its topics' order, then their stories').
	candidates.sort((a, b) => b.score - a.score || b.outlets.length - a.outlets.length);
	const stories = candidates.length >= 2 ? candidates.slice(0, topStoriesSize) : [];
	topMemo = {briefing, stories};
	return stories;
}

// Topics that are no story's first topic, per briefing object (marking read makes a new one).
let secondaryMemo: {briefing: UiState['briefing']; primary: readonly string[]; entries: TopicEntry[]} | undefined;

/**
 * Topics every story of which ranks under another topic first: a topic the user just added ("Space" beside
 * "Science & health") would otherwise never be listed. Their stories are listed under them as well.
 */
function secondaryTopicEntries(briefing: NonNullable<UiState['briefing']>, primary: readonly string[]): TopicEntry[] {
	if (secondaryMemo?.briefing === briefing && secondaryMemo.primary === primary) {
		return secondaryMemo.entries;
	}

	// A topic with stories of its own in the whole briefing is no secondary one, also while they are filtered out.
	const listed = new Set([...briefing.topics.map(topic => topic.name), ...primary]);
	const stories = new Map<string, Map<string, Story>>();
	for (const topic of briefing.topics) {
		for (const story of topic.stories) {
			for (const name of story.topics) {
				if (!listed.has(name)) {
					const list = stories.get(name) ?? new Map<string, Story>();
					list.set(story.id, story);
					stories.set(name, list);
				}
			}
		}
	}

	const entries = [...stories.entries()]
		.map(([name, list]) => {
			const items = [...list.values()];
			return {name, stories: items, unread: items.filter(story => story.unread).length, fresh: items.filter(story => story.isNew).length};
		})
		.sort((a, b) => b.stories.length - a.stories.length || a.name.localeCompare(b.name));
	secondaryMemo = {briefing, primary, entries};
	return entries;
}

export function topicEntries(state: UiState): TopicEntry[] {
	const topics = state.briefing?.topics ?? [];
	const entries: TopicEntry[] = topics.map(topic => ({
		name: topic.name,
		stories: topic.stories,
		unread: topic.stories.filter(story => story.unread).length,
		fresh: topic.stories.filter(story => story.isNew).length,
	}));
	if (state.briefing) {
		// Before "Other", which stays last.
		const other = topics.at(-1)?.name === otherTopicName ? 1 : 0;
		entries.splice(entries.length - other, 0, ...secondaryTopicEntries(state.briefing, state.primaryTopics));
	}

	if (state.topicOrder) {
		keepOrder(entries, state.topicOrder);
	}

	const top = state.briefing ? topStories(state.briefing) : [];
	if (top.length > 0) {
		entries.unshift({name: topStoriesTopic, stories: top, unread: top.filter(story => story.unread).length, fresh: top.filter(story => story.isNew).length});
	}

	if (state.starred.length > 0) {
		entries.push({name: starredTopic, stories: starredStories(state), unread: 0, fresh: 0});
	}

	return entries;
}

/** Sorts entries into the kept order; a topic it does not know goes before "Other" (which stays last), else at the end. */
function keepOrder(entries: TopicEntry[], order: readonly string[]): void {
	const index = new Map(order.map((name, position) => [name, position]));
	const unknown = index.get(otherTopicName) === undefined ? order.length : index.get(otherTopicName)! - 0.5;
	const rank = (name: string) => index.get(name) ?? unknown;
	// Array.prototype.sort is stable: unknown topics keep the briefing's order among themselves.
	entries.sort((a, b) => rank(a.name) - rank(b.name));
}

export function selectedTopicEntry(state: UiState): TopicEntry | undefined {
	const entries = topicEntries(state);
	return entries.find(entry => entry.name === state.selectedTopic) ?? entries[0];
}

export function selectedStoryIndex(state: UiState, entry: TopicEntry): number {
	const id = state.selectedStory[entry.name];
	const index = id ? entry.stories.findIndex(story => story.id === id) : -1;
	return Math.max(0, index);
}

export function findStory(state: UiState, id: string): Story | undefined {
	if (isStarredStory(id)) {
		return starredStories(state).find(story => story.id === id);
	}

	for (const topic of state.briefing?.topics ?? []) {
		const story = topic.stories.find(candidate => candidate.id === id);
		if (story) {
			return story;
		}
	}

	return undefined;
}

/** The story a story screen shows: the live one from the briefing, else what it was when opened. */
export function storyOfScreen(state: UiState, screen: Extract<Screen, {kind: 'story'}>): Story | undefined {
	return findStory(state, screen.storyId) ?? screen.snapshot;
}

export function currentScreen(state: UiState): Screen {
	return state.stack.at(-1) ?? {kind: 'briefing'};
}

/** Whether the People screen shows a wider window than the briefing's (its people then come from that window). */
export function widerPeopleWindow(state: UiState): boolean {
	return state.peopleWindow !== undefined && state.peopleWindow.window !== 'briefing';
}

/** Everyone quoted in the briefing or the wider window the People screen shows (briefing/people.ts). */
export function peopleOf(state: UiState): PersonSummary[] {
	if (widerPeopleWindow(state)) {
		const data = state.peopleWindow?.data;
		return data ? windowPeople(data, state.briefing).people : [];
	}

	return state.briefing ? briefingPeople(state.briefing).people : [];
}

export function quotesOf(state: UiState, name: string): PersonQuote[] {
	if (widerPeopleWindow(state)) {
		const data = state.peopleWindow?.data;
		return data ? windowPeople(data, state.briefing).quotesOf(name) : [];
	}

	return (state.briefing ? briefingPeople(state.briefing).quotes.get(name) : undefined) ?? [];
}

/** Quote texts the briefing found in one article, for highlighting in the reader. */
export function quotesOfArticle(state: UiState, uid: string): string[] {
	const texts = new Set<string>();
	for (const topic of state.briefing?.topics ?? []) {
		for (const story of topic.stories) {
			for (const quote of story.quotes) {
				if (quote.articleId === uid) {
					texts.add(quote.text);
				}
			}
		}
	}

	return [...texts];
}

/** The feeds the running refresh has still to finish (none when no refresh runs or the feed list is not loaded). */
function pendingFeeds(state: UiState): FeedRow[] {
	const {running, done, target} = state.refresh;
	if (!running || !state.feeds) {
		return [];
	}

	const finished = new Set(done ?? []);
	return state.feeds.filter(feed => (target ? feed.config.url === target : feed.config.enabled) && !finished.has(feed.config.url));
}

/**
 * The feeds a refresh still waits for, by title, once at most two are left (a slow feed holds up "refreshing 7/8" for
 * its whole timeout); none while more are under way or before the feed list is loaded.
 */
export function refreshWaitingFor(state: UiState): string[] {
	const {progress} = state.refresh;
	const remaining = progress ? progress.total - progress.done : 0;
	if (remaining <= 0 || remaining > 2) {
		return [];
	}

	return pendingFeeds(state).map(feed => feedTitle(feed));
}

/** The feeds the running refresh has still to finish, by URL (empty when none runs): the feed manager marks them. */
export function refreshPending(state: UiState): Set<string> {
	return new Set(pendingFeeds(state).map(feed => feed.config.url));
}

/** What a feed is called: the title the user gave it, else the one the feed gives itself, else its address. */
export function feedTitle(feed: FeedRow): string {
	return feed.config.title || feed.state?.title || feed.config.url;
}

/**
 * The People screen's name for someone a story quotes under the story's name for them: the briefing lists one name
 * per person across its stories ("Trump" in one story is the "Donald Trump" of another).
 */
export function personOfStory(state: UiState, story: Story, name: string): string {
	if (!state.briefing) {
		return name;
	}

	for (const [person, quotes] of briefingPeople(state.briefing).quotes) {
		if (quotes.some(item => item.storyId === story.id && item.quote.speaker === name)) {
			return person;
		}
	}

	return name;
}
