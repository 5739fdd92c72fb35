// The names under which UiState.lists keeps each list's cursor and scroll offset: built and read in this one place.

/** The fixed lists, and the ones kept per story, topic, article, feed or person. */
export type ListKey =
	| 'topics' | 'feeds' | 'topicsMgr' | 'help' | 'people' | 'search'
	| `story:${string}` | `stories:${string}` | `reader:${string}` | `feed:${string}` | `person:${string}`;

export const listKey = {
	/** A story screen's rows (its quotes, people and reports). */
	story: (storyId: string): ListKey => `story:${storyId}`,
	/** The stories of one topic in the briefing. */
	stories: (topic: string): ListKey => `stories:${topic}`,
	/** An article in the reader (its scroll offset). */
	reader: (uid: string): ListKey => `reader:${uid}`,
	/** The stored articles of one feed. */
	feed: (url: string): ListKey => `feed:${url}`,
	/** One person's quotes. */
	person: (name: string): ListKey => `person:${name}`,
} as const;

/** The story whose screen rows the list holds, or undefined for any other list. */
export function storyIdOfList(key: string): string | undefined {
	return key.startsWith('story:') ? key.slice('story:'.length) : undefined;
}

/** Lists that belong to the People window shown: the people and each person's quotes. */
export function isPeopleList(key: string): boolean {
	return key === 'people' || key.startsWith('person:');
}

/** The starred pseudo-topic's stories (one per starred article) carry this id prefix (selectors.ts starredStories). */
const starredPrefix = 'starred:';

export function starredStoryId(articleId: string): string {
	return `${starredPrefix}${articleId}`;
}

export function isStarredStory(storyId: string): boolean {
	return storyId.startsWith(starredPrefix);
}
