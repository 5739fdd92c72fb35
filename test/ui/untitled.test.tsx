// A feed item with no title at all (an Atom entry of nothing but an id, as the fixture broken-missing-fields.atom holds)
// showed as a blank row in the story list and a blank first line in the story and the reader (sixth walk).

import {describe, expect, test} from 'vitest';
import {de} from '../../source/i18n/de.js';
import {en} from '../../source/i18n/en.js';
import {readerDocument} from '../../source/ui/state/reader-lines.js';
import {storyDocument} from '../../source/ui/state/story-lines.js';
import {lineText} from '../../source/ui/text/line.js';
import {fixtures} from './app-fixture.js';

const now = new Date('2022-07-28T12:00:00.000Z');

describe('an item without a title', () => {
	test('story and reader say "(no title)" / "(ohne Titel)" where the title stands', async () => {
		const article = {...(await fixtures())[0]!.articles[0]!, title: '  '};
		expect(lineText(readerDocument(article, [], 60, en, now).lines[0]!).trim()).toBe('(no title)');
		expect(lineText(readerDocument(article, [], 60, de, now).lines[0]!).trim()).toBe('(ohne Titel)');
		const story = {
			id: 's1', headline: '', summary: '', topics: ['Other'], outlets: ['A'], articles: [{id: article.uid, title: '', url: article.url, feed: 'A', published: article.published}],
			quotes: [], people: [], firstPublished: article.published, lastPublished: article.published, score: 1, isNew: false, unread: true,
		};
		expect(lineText(storyDocument(story, 60, en, now).lines[0]!).trim()).toBe('(no title)');
	});
});
