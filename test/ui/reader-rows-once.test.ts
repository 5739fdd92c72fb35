// The reader's rows are built once per article and width, not on every key (review R #5: 31–162 ms per j on a long article).

import {afterEach, describe, expect, test, vi} from 'vitest';
import {keys} from '../helpers/render.js';
import {locate, selectStory, startTestApp, type AppUnderTest} from './app-fixture.js';

const built = vi.hoisted(() => ({uids: [] as string[]}));
vi.mock('../../source/ui/state/reader-lines.js', async original => {
	const actual = await original<typeof import('../../source/ui/state/reader-lines.js')>();
	return {
		...actual,
		readerDocument(...parameters: Parameters<typeof actual.readerDocument>) {
			built.uids.push(`${parameters[0].uid}@${parameters[2]}`);
			return actual.readerDocument(...parameters);
		},
	};
});

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
	built.uids = [];
});

describe('reader rows', () => {
	test('are built once per article and width: scrolling, jumping to a quote and redrawing reuse them', async () => {
		app = await startTestApp({rows: 12});
		const found = await locate(app.services, story => story.quotes.length > 0);
		await selectStory(app, found.topicIndex, found.storyIndex);
		await app.press(keys.enter);
		await app.waitFor('Briefing › Story');
		// Enter on the first quote: the article opens scrolled to it (loadArticle needs the rows for that).
		await app.press(keys.enter);
		await app.waitFor('Story › Article');
		const uid = found.story.quotes[0]!.articleId;
		await app.waitFor(/line \d+ of \d+/);
		await app.press('j', 'j', 'j', 'k', 'G', 'g', keys.up, keys.down);
		await app.waitFor(/line 2 of \d+/);
		expect(built.uids.filter(key => key.startsWith(`${uid}@`))).toEqual([`${uid}@98`]);
	});
});
