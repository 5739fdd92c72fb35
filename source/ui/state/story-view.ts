// A story's screen rows, built once per story and width: the story screen and the prewarm ahead of an open share them.

import type {Story} from '../../model/briefing.js';
import type {Messages} from '../../i18n/index.js';
import type {Line} from '../text/line.js';
import {storyDocument, type StoryDocument} from './story-lines.js';

export interface StoryView {
	readonly document: StoryDocument;
	/** The document's rows with the screen's one-cell left margin. */
	readonly lines: readonly Line[];
}

/*
 * Stories are immutable; marking one read replaces the object but keeps its parts (reducer.ts), so a view is kept per
 * story id and reused while the parts the rows show are the same objects. The rows also depend on the width, the
 * language and the day (times of other days carry their date; see clock in age.ts).
 */
const views = new Map<string, {story: Story; width: number; messages: Messages; day: string; news: ReadonlySet<string> | undefined; view: StoryView}>();
const maxViews = 200;

function sameRows(a: Story, b: Story): boolean {
	return a === b || (a.headline === b.headline && a.summary === b.summary && a.outlets === b.outlets && a.lastPublished === b.lastPublished
		&& a.quotes === b.quotes && a.people === b.people && a.articles === b.articles && a.topics === b.topics);
}

/** `news`: its reports new since the reader last saw it (storyDocument marks them); none, as the prewarm builds it. */
export function storyView(story: Story, columns: number, messages: Messages, now: Date, news?: ReadonlySet<string>): StoryView {
	const width = columns - 2;
	const day = now.toDateString();
	const shownNews = news?.size ? news : undefined;
	const cached = views.get(story.id);
	if (cached && cached.width === width && cached.messages === messages && cached.day === day && cached.news === shownNews && sameRows(cached.story, story)) {
		return cached.view;
	}

	const document = storyDocument(story, width, messages, now, shownNews);
	const view = {document, lines: document.lines.map(line => [{text: ' '}, ...line])};
	if (views.size >= maxViews) {
		views.clear();
	}

	views.set(story.id, {story, width, messages, day, news: shownNews, view});
	return view;
}
