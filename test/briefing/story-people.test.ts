// A story's people: who the reports name and quote, not the outlets an aggregator's text credits.

import {describe, expect, it} from 'vitest';
import {buildStory, memberOf} from '../../source/briefing/story.js';
import type {Person, QuoteAnalysis} from '../../source/model/quote.js';
import {makeArticle} from '../store/make-article.js';

const person = (name: string, role = ''): Person => ({name, role, aliases: []});

function member(feedTitle: string, itemId: string, quotes: QuoteAnalysis) {
	const article = makeArticle(`https://news.example/${feedTitle}`, itemId, {feedTitle, title: `Monkeypox doses to be shipped, report ${itemId}`});
	return memberOf(article, Date.parse(article.published), {topics: [], quotes}, '');
}

describe('a story\'s people', () => {
	it('leaves out a name that is one of the story\'s outlets and said nothing, and keeps it when it is quoted', () => {
		const aggregator = member('Fox News', 'a', {
			people: [person('Fox News'), person('The New York Times'), person('Time Out'), person('Eric Adams', 'mayor')],
			quotes: [],
		});
		const quoted = member('The New York Times', 'b', {
			people: [person('CBS News'), person('Eric Adams', 'mayor')],
			quotes: [{kind: 'direct', text: 'We need more doses now', speaker: 'CBS News', role: '', cue: 'said', start: 0, end: 22}],
		});
		const other = member('CBS News', 'c', {people: [], quotes: []});
		const {story} = buildStory([aggregator, quoted, other], () => undefined, {});
		const names = story.people.map((entry) => entry.name);
		expect(names).toContain('Eric Adams');
		// Credited outlets of the story: gone ("New York Times" also without its article).
		expect(names).not.toContain('Fox News');
		expect(names).not.toContain('The New York Times');
		// An outlet that speaks stays a speaker.
		expect(names).toContain('CBS News');
		// A name that is no outlet of this story is judged as before.
		expect(names).toContain('Time Out');
	});
});
