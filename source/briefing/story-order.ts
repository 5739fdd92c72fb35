// The order in which the reader meets a briefing's stories: what a quote pass reads first.

import type {Briefing, Story} from '../model/briefing.js';

/** Rows of a topic's story list a reader sees before scrolling (a 40-row terminal shows about this many). */
const firstRows = 20;

/**
 * Story ids as the reader meets them: topic by topic in the briefing's order, each topic's first screenful, then the
 * rest of every topic in the same order (long tails of small stories last).
 */
export function storyOrder(briefing: Briefing): string[] {
	const order: string[] = [];
	const seen = new Set<string>();
	const add = (id: string) => {
		if (seen.has(id)) return;
		seen.add(id);
		order.push(id);
	};
	for (const topic of briefing.topics) for (const story of topic.stories.slice(0, firstRows)) add(story.id);
	for (const topic of briefing.topics) for (const story of topic.stories) add(story.id);
	return order;
}

/** The stories a reader sees first: the first topic's first screenful (the topic the app opens on). */
export function firstScreen(briefing: Briefing): Story[] {
	return briefing.topics[0]?.stories.slice(0, firstRows) ?? [];
}
