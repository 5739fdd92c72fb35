// The clusterer keeps each article's core words between refreshes, and reads them again once one of its words crossed the blocking limit.

import {describe, expect, it} from 'vitest';
import {StoryClusterer, type ClusterInput} from '../../source/analysis/stories/cluster.js';

const start = Date.parse('2026-11-26T12:00:00Z');

function input(id: string, minutes: number, features: Record<string, number>): ClusterInput {
	return {id, feed: `feed-${id}`, time: start + minutes * 60_000, features};
}

/** A report of the vote: its words (`f:`) and their stems (`w:`). */
const voteWords = {'w:heizu': 1, 'f:heizungsgesetz': 1, 'w:besch': 1, 'f:beschlossen': 1, 'w:bunde': 1, 'f:bundestag': 1, 'w:klima': 1, 'f:klimaschutz': 1};

/** Another report that shares the vote's stems in other forms, and of its whole words only "Klimaschutz". */
const outsider = {'w:heizu': 1, 'f:heizungsgesetzes': 1, 'w:besch': 1, 'f:beschliesst': 1, 'w:klima': 1, 'f:klimaschutz': 1};

const storyOf = (clusterer: StoryClusterer, id: string) => clusterer.clusters().find((group) => group.includes(id)) ?? [];

describe('the core words kept between refreshes', () => {
	it('are read again when a word crosses the blocking limit: a report that joined through it is left out', () => {
		const clusterer = new StoryClusterer();
		// Four outlets' reports of the vote and the outsider: "Klimaschutz" is rare, a word of the story's core, so it joins.
		clusterer.add([...[0, 1, 2, 3].map((n) => input(`vote-${n}`, n, voteWords)), input('outsider', 10, outsider)]);
		expect(storyOf(clusterer, 'vote-0')).toContain('outsider');
		// A refresh: 40 reports of other events say "Klimaschutz" (now over the limit of 40 articles: no evidence of one
		// event), and a fifth outlet's report of the vote re-clusters the story. With the outsider's and the story's
		// words of the first clustering kept, "Klimaschutz" would still take the outsider in.
		const others = Array.from({length: 40}, (_, n) => input(`other-${n}`, 20 + n, {[`w:other${n}`]: 1, [`f:otherword${n}`]: 1, 'w:klima': 1, 'f:klimaschutz': 1}));
		clusterer.add([...others, input('vote-4', 70, voteWords)]);
		const story = storyOf(clusterer, 'vote-0');
		expect(story).toContain('vote-4');
		expect(story).not.toContain('outsider');
		// As a clusterer that never clustered the first five (and so read every word once) makes it.
		const fresh = new StoryClusterer();
		fresh.add([...[0, 1, 2, 3].map((n) => input(`vote-${n}`, n, voteWords)), input('outsider', 10, outsider), ...others, input('vote-4', 70, voteWords)]);
		expect(storyOf(fresh, 'vote-0')).not.toContain('outsider');
	});
});
