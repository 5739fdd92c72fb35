// The People list of a briefing: everyone quoted in its stories under one name per person, and each one's quotes.

import type {Briefing, BriefingQuote, Story} from '../model/briefing.js';
import {addSpeakerFacts, briefingBodyNames, briefingNames, comparePeople, countsForSpeaker, speakersOfQuote, type SpeakerFacts} from '../analysis/people/briefing-people.js';
import type {PeopleInWindow} from './people-window.js';

export interface PersonSummary {
	name: string;
	role: string;
	stories: number;
	quotes: number;
	/** A body or state (the story's people list marks it kind 'organisation'), listed after the people. */
	organisation?: boolean;
}

export interface PersonQuote {
	quote: BriefingQuote;
	/** The briefing's story of the quote's article; "" for a wider window's article no story of the briefing holds. */
	storyId: string;
	headline: string;
	/** A wider window's quotes: when and where the article was published (the briefing's are in its stories). */
	published?: string;
	url?: string;
}

export interface BriefingPeople {
	/** Most quoted first; speakers who name no one after the people, bodies and states last. */
	people: PersonSummary[];
	/** Person name (as `people` lists it) → their quotes, in the briefing's story order. */
	quotes: ReadonlyMap<string, PersonQuote[]>;
}

/*
 * Kept per briefing object, computed when first asked for: the stored briefing the app shows at start is read without
 * any analysis code or Intl object (snapshot.ts, bench/RESULTS.md), and most launches never open the People screen.
 * A briefing is never changed in place (marking read makes a new one), so a kept answer cannot go stale.
 */
const kept = new WeakMap<Briefing, BriefingPeople>();

/** The briefing's People list, computed once per briefing object. */
export function briefingPeople(briefing: Briefing): BriefingPeople {
	let people = kept.get(briefing);
	if (!people) {
		people = gatherPeople(uniqueStories(briefing));
		kept.set(briefing, people);
	}

	return people;
}

/** Each story once (a story is listed under each of its topics), in the briefing's order. */
function uniqueStories(briefing: Briefing): Story[] {
	const seen = new Map<string, Story>();
	for (const topic of briefing.topics) {
		for (const story of topic.stories) {
			if (!seen.has(story.id)) seen.set(story.id, story);
		}
	}

	return [...seen.values()];
}

/**
 * Everyone quoted, under one name per person ("Trump" is the "Donald Trump" another story lists). A speaker the story's
 * people list does not name is listed only as a described person ("der Taxifahrer", with a role other than the
 * speaker's words): group nouns, places and documents ("scientists", "the report") name nobody. Their quotes are kept
 * all the same, under that name. A listed speaker's counts are the quotes and stories their screen shows (review V18
 * #13): every quote under the name, as the wider windows count them.
 */
function gatherPeople(stories: readonly Story[]): BriefingPeople {
	const personOf = briefingNames(stories.flatMap(story => story.people.filter(person => person.kind !== 'organisation').map(person => person.name)));
	// A body under another name in another story ("Pentagon", "US Department of Defense") is one row too.
	const bodyOf = briefingBodyNames(stories.flatMap(story => story.people.filter(person => person.kind === 'organisation').map(person => person.name)));
	const nameOf = (speaker: string): string => bodyOf(speaker) ?? personOf(speaker);
	const counted = new Map<string, {facts: SpeakerFacts; stories: Set<string>; quotes: number; counts: boolean}>();
	const quotes = new Map<string, PersonQuote[]>();
	for (const story of stories) {
		for (const quote of story.quotes) {
			if (!quote.speaker) continue;
			for (const {name: speaker, listed} of speakersOfQuote(quote.speaker, story.people)) {
				const name = nameOf(speaker);
				const list = quotes.get(name) ?? [];
				list.push({quote, storyId: story.id, headline: story.headline});
				quotes.set(name, list);
				const person = counted.get(name) ?? {facts: {role: '', organisation: false, listed: false}, stories: new Set<string>(), quotes: 0, counts: false};
				// A quote that would not list its speaker (no list names them, no role apart from their words) tells nothing of them.
				if (countsForSpeaker(quote, listed)) {
					person.counts = true;
					addSpeakerFacts(person.facts, quote, listed);
				}
				person.stories.add(story.id);
				person.quotes++;
				counted.set(name, person);
			}
		}
	}

	const people = [...counted.entries()]
		.filter(([, person]) => person.counts)
		.map(([name, person]) => ({name, facts: person.facts, quotes: person.quotes, count: person.stories.size}))
		.sort(comparePeople)
		.map(({name, facts, quotes, count}) => ({name, role: facts.role, stories: count, quotes, ...(facts.organisation ? {organisation: true} : {})}));
	return {people, quotes};
}

/** A wider window's People list (p) as the People screen lists it, with its quotes by the briefing's stories. */
export interface WindowPeople {
	people: PersonSummary[];
	quotesOf(name: string): PersonQuote[];
}

// Per window object and the briefing its quotes were matched to (a reload brings a new briefing, a wider p a new window).
const keptWindows = new WeakMap<PeopleInWindow, {briefing: Briefing | null; people: WindowPeople}>();

/** The people of a wider window; `stories` counts the reports quoting them (a week's articles are not grouped into stories). */
export function windowPeople(window: PeopleInWindow, briefing: Briefing | null): WindowPeople {
	const known = keptWindows.get(window);
	if (known?.briefing === briefing) return known.people;
	const storyOfArticle = new Map<string, string>();
	for (const story of briefing ? uniqueStories(briefing) : []) {
		for (const article of story.articles) {
			if (!storyOfArticle.has(article.id)) storyOfArticle.set(article.id, story.id);
		}
	}

	const quotes = new Map<string, PersonQuote[]>();
	const people: WindowPeople = {
		people: window.people.map(person => ({name: person.name, role: person.role, stories: person.articles, quotes: person.quotes, ...(person.organisation ? {organisation: true} : {})})),
		quotesOf(name) {
			let list = quotes.get(name);
			if (!list) {
				list = (window.quotes[name] ?? []).map(({headline, published, url, ...quote}) => ({quote, storyId: storyOfArticle.get(quote.articleId) ?? '', headline, published, url}));
				quotes.set(name, list);
			}

			return list;
		},
	};
	keptWindows.set(window, {briefing, people});
	return people;
}
