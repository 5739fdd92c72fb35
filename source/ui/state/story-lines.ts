// The story screen as rows: headline, summary, quotes, people, timeline and topics, with the rows one can open.

import type {BriefingPerson, Story} from '../../model/briefing.js';
import {count, topicLabel, type Messages} from '../../i18n/index.js';
import {clock} from '../text/age.js';
import {cellWidth, truncate, wrap} from '../text/fit.js';
import {roleSuffix} from '../text/role-suffix.js';
import {storyRoleOf} from '../../briefing/speaker-roles.js';
import type {Line} from '../text/line.js';
import {outletName} from '../text/outlet-name.js';
import {sanitize, sanitizeLine} from '../../terminal/sanitize.js';
import {namesThatFit, type Measure} from '../../text/names-that-fit.js';
import {shownTitle} from '../text/untitled.js';

export type StoryTarget =
	| {kind: 'article'; uid: string; url: string}
	| {kind: 'quote'; uid: string; text: string; url: string}
	/** A person (or body) the story quotes, by the story's name for them: Enter lists all their quotes. */
	| {kind: 'person'; name: string};

export interface StoryItem {
	/** First and last row of the item; the whole block is highlighted when selected. */
	first: number;
	last: number;
	target: StoryTarget;
}

export interface StoryDocument {
	lines: Line[];
	items: StoryItem[];
}

const maxQuoteLines = 3;

/** The story's people, then the bodies and states it names (kind 'organisation'), as the screen lists them. */
function peopleGroups(story: Story): [persons: BriefingPerson[], bodies: BriefingPerson[]] {
	return [story.people.filter(person => person.kind !== 'organisation'), story.people.filter(person => person.kind === 'organisation')];
}

/** A people row opens the person's quotes when the story quotes them: the others have none to list. */
const opensQuotes = (person: BriefingPerson) => person.quoteCount > 0;

/** The rows one can open, in the order the story screen lists them: its cursor is an index into this list. */
export function storyTargets(story: Story): StoryTarget[] {
	const urlOf = (uid: string) => story.articles.find(article => article.id === uid)?.url ?? '';
	return [
		...story.quotes.map((quote): StoryTarget => ({kind: 'quote', uid: quote.articleId, text: quote.text, url: urlOf(quote.articleId)})),
		...peopleGroups(story).flat().filter(opensQuotes).map((person): StoryTarget => ({kind: 'person', name: person.name})),
		...story.articles.map((article): StoryTarget => ({kind: 'article', uid: article.id, url: article.url})),
	];
}

/** What makes two targets the same row across briefings: the article, for a quote its words, a person's name. */
export function sameTarget(a: StoryTarget, b: StoryTarget): boolean {
	switch (a.kind) {
		case 'article': {
			return b.kind === 'article' && a.uid === b.uid;
		}

		case 'quote': {
			return b.kind === 'quote' && a.uid === b.uid && a.text === b.text;
		}

		case 'person': {
			return b.kind === 'person' && a.name === b.name;
		}
	}
}

/** The screen counts terminal cells. */
const cells: Measure = {width: cellWidth, truncate};

/**
 * "13 outlets: A, B, C, +10 · 14:05": how many reported it and when, with as many names as fit — written out in full,
 * a long list of outlets pushed the count's only other sign and the time off the row's end.
 */
function outletsLine(story: Story, width: number, messages: Messages, now: Date): string {
	const names = story.outlets.map(outlet => sanitizeLine(outlet));
	const when = ` · ${clock(story.lastPublished, now)}`;
	if (names.length <= 1) {
		return `${truncate(names.join(''), Math.max(1, width - cellWidth(when)))}${when}`;
	}

	return namesThatFit(`${names.length} ${messages.labels.outlets}: `, names, when, width, cells);
}

/** A timeline row's time column: clock gives at most 12 cells ("25.11. 14:05"). */
const clockCells = 12;
/** Where a timeline row's outlet starts: after the + column, the time and two spaces. */
const timelineIndent = 2 + clockCells + 2;

/**
 * `news`: the reports that arrived since the reader last saw the story (services.storyNews). A story read this morning
 * that grew by noon says how many and marks them and their quotes +, as the story list marks the story.
 */
export function storyDocument(story: Story, width: number, messages: Messages, now: Date, news?: ReadonlySet<string>): StoryDocument {
	const lines: Line[] = [];
	const items: StoryItem[] = [];
	const text = Math.max(10, width - 4);

	for (const row of wrap(shownTitle(story.headline, messages), width)) {
		lines.push([{text: row.text, token: 'accent'}]);
	}

	lines.push([{text: outletsLine(story, width, messages, now), token: 'text.secondary'}]);
	const fresh = news === undefined || news.size === 0 ? 0 : story.articles.filter(article => news.has(article.id)).length;
	if (fresh > 0) {
		for (const row of wrap(count(fresh, messages.labels.storyNews_1, messages.labels.storyNews_n), width)) {
			lines.push([{text: row.text, token: 'new'}]);
		}
	}

	if (story.summary) {
		lines.push([]);
		for (const paragraph of sanitize(story.summary).split(/\n\s*\n/)) {
			for (const row of wrap(paragraph.replace(/\s+/g, ' ').trim(), width)) {
				lines.push([{text: row.text}]);
			}
		}
	}

	if (story.analysing) {
		// Not "no quotes": the quote pass after a quick first briefing has not reached this story yet.
		lines.push([]);
		for (const row of wrap(messages.labels.storyAnalysing, width)) {
			lines.push([{text: row.text, token: 'text.secondary'}]);
		}
	}

	const targets = storyTargets(story);
	const roleOf = storyRoleOf(story);
	if (story.quotes.length > 0) {
		lines.push([], [{text: messages.labels.quotes, token: 'heading'}]);
		for (const [quoteIndex, quote] of story.quotes.entries()) {
			const indirect = quote.kind === 'indirect';
			const speaker = sanitizeLine(quote.speaker) || messages.labels.unknownSpeaker;
			const head: Line = [{text: speaker, token: 'unread'}];
			const role = roleSuffix(speaker, roleOf(quote.speaker, quote.role));
			if (role) {
				head.push({text: role, token: 'text.secondary'});
			}

			head.push({text: ` — ${sanitizeLine(quote.outlet)}`, token: 'text.secondary'});
			if (quote.kind !== 'direct') {
				head.push({text: ` (${indirect ? messages.labels.indirect : messages.labels.partial})`, token: 'quote.indirect'});
			}

			const first = lines.length;
			lines.push(head);
			// Direct speech in quotation marks; indirect speech marked with a bar and no marks, so it never reads as verbatim.
			const body = indirect ? sanitizeLine(quote.text) : `${messages.labels.quoteMarks[0]}${sanitizeLine(quote.text)}${messages.labels.quoteMarks[1]}`;
			const rows = wrap(body, text);
			const isNews = news?.has(quote.articleId) === true;
			for (const [index, row] of rows.slice(0, maxQuoteLines).entries()) {
				const cut = index === maxQuoteLines - 1 && rows.length > maxQuoteLines;
				lines.push([
					...(isNews && index === 0 ? [{text: '+', token: 'new' as const}, {text: ' '}] : [{text: '  '}]),
					{text: indirect ? '┆ ' : '│ ', token: indirect ? 'quote.indirect' : 'quote.direct'},
					{text: cut ? `${row.text} …` : row.text, token: indirect ? 'quote.indirect' : 'quote.direct'},
				]);
			}

			items.push({first, last: lines.length - 1, target: targets[quoteIndex]!});
		}
	}

	// People first, then the bodies and states the story names (kind 'organisation') under a heading of their own.
	const [persons, bodies] = peopleGroups(story);
	let personIndex = story.quotes.length;
	for (const [heading, group] of [[messages.labels.people, persons], [messages.labels.organisations, bodies]] as const) {
		if (group.length === 0) {
			continue;
		}

		lines.push([], [{text: heading, token: 'heading'}]);
		for (const person of group) {
			const row: Line = [{text: `  ${sanitizeLine(person.name)}`}];
			const role = roleSuffix(person.name, roleOf(person.name, person.role));
			if (role) {
				row.push({text: role, token: 'text.secondary'});
			}

			if (person.quoteCount > 0) {
				row.push({text: ` (${count(person.quoteCount, messages.labels.quote_1, messages.labels.quotes_n)})`, token: 'text.dim'});
			}

			lines.push(row);
			if (opensQuotes(person)) {
				items.push({first: lines.length - 1, last: lines.length - 1, target: targets[personIndex++]!});
			}
		}
	}

	lines.push([], [{text: messages.labels.timeline, token: 'heading'}]);
	for (const [articleIndex, article] of story.articles.entries()) {
		const first = lines.length;
		lines.push([
			...(news?.has(article.id) ? [{text: '+', token: 'new' as const}, {text: ' '}] : [{text: '  '}]),
			{text: `${clock(article.published, now).padStart(clockCells)}  `, token: 'text.secondary'},
			{text: outletName(article.feed), token: 'accent'},
			{text: `  ${sanitizeLine(article.title)}`},
		]);
		// The copies of this article in other feeds (folded into this report): a row of their own under the outlet, so
		// neither the title nor the names crowd each other out, cut to the width as the outlets line is.
		if (article.alsoIn && article.alsoIn.length > 0) {
			const names = article.alsoIn.map(feed => sanitizeLine(feed));
			const room = Math.max(10, width - timelineIndent);
			lines.push([{text: ' '.repeat(timelineIndent)}, {text: namesThatFit(`${messages.labels.alsoIn} `, names, '', room, cells), token: 'text.secondary'}]);
		}

		items.push({first, last: lines.length - 1, target: targets[personIndex + articleIndex]!});
	}

	if (story.topics.length > 0) {
		lines.push([], [{text: `${messages.labels.topicsOfStory}: `, token: 'heading'}, {text: story.topics.map(topic => sanitizeLine(topicLabel(topic, messages))).join(', ')}]);
	}

	return {lines, items};
}
