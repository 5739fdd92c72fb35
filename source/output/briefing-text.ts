// The briefing as plain text for a terminal (no colour, wrapped).

import type {Briefing, Story} from '../model/briefing.js';
import {briefingWords} from '../i18n/briefing-words.js';
import {messagesFor, topicLabel, type UiLanguage} from '../i18n/index.js';
import {namesThatFit, type Measure} from '../text/names-that-fit.js';
import {storyRoleOf} from '../briefing/speaker-roles.js';

/** Wraps `text` at `width` columns, indenting every line by `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && indent.length + line.length + 1 + word.length > width) {
			lines.push(indent + line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(indent + line);
	return lines;
}

/** One line of at most `width` characters, cut with an ellipsis. */
export function truncate(line: string, width: number): string {
	const characters = [...line];
	return characters.length <= width ? line : `${characters.slice(0, width - 1).join('').trimEnd()}…`;
}

/** "2022-07-28 06:07" in UTC: briefings are compared across machines, so no local time zone. */
export function shortTime(iso: string): string {
	const time = Date.parse(iso);
	return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 16).replace('T', ' ') : '';
}

/** Lines here count characters (truncate). */
const characters: Measure = {width: (text) => [...text].length, truncate};

function storyLines(story: Story, width: number, language: UiLanguage): string[] {
	const say = briefingWords(language);
	const topicName = (name: string) => topicLabel(name, messagesFor(language));
	const lines: string[] = [];
	const marker = story.isNew ? '* ' : '  ';
	lines.push(...wrap(story.headline, width - 2, '').map((line, index) => (index === 0 ? marker : '  ') + line));
	const count = story.outlets.length;
	lines.push(truncate(`  ${say.outlets(count)}: ${story.outlets.slice(0, 6).join(', ')}${count > 6 ? `, +${count - 6}` : ''}`, width));
	if (story.topics.length > 1) lines.push(truncate(`  ${say.topics}: ${story.topics.map(topicName).join(', ')}`, width));
	if (story.summary) lines.push(...wrap(story.summary, width, '    '));
	// The app's quotation marks for its language („…“ in German), as its story view sets them.
	const [open, close] = messagesFor(language).labels.quoteMarks;
	const roleOf = storyRoleOf(story);
	for (const quote of story.quotes.slice(0, 3)) {
		const role = roleOf(quote.speaker, quote.role);
		const who = quote.speaker ? `${quote.speaker}${role ? ` (${role})` : ''}` : say.unnamed;
		const text = quote.kind === 'indirect' ? quote.text : `${open}${quote.text}${close}`;
		lines.push(...wrap(`${text} — ${who}, ${quote.outlet}`, width, '    > '));
	}
	const alsoIn = messagesFor(language).labels.alsoIn;
	for (const article of story.articles.slice(-4)) {
		lines.push(truncate(`    - ${shortTime(article.published)}  ${article.feed}: ${article.title}`, width));
		// The other feeds that carried this article (its copies, folded into this report): as many as fit, +N for the rest.
		const copies = article.alsoIn ?? [];
		if (copies.length > 0) lines.push(namesThatFit(`      ${alsoIn} `, copies, '', width, characters));
	}
	if (story.articles.length > 4) lines.push(`    - … ${say.earlier(story.articles.length - 4)}`);
	return lines;
}

export interface TextOptions {
	width?: number;
	/** Stories shown per topic. */
	maxStories?: number;
	/** The app's language (default English). */
	language?: UiLanguage;
}

export function renderBriefingText(briefing: Briefing, options: TextOptions = {}): string {
	const width = Math.max(40, options.width ?? 100);
	const maxStories = options.maxStories ?? 8;
	const language = options.language ?? 'en';
	const say = briefingWords(language);
	const lines: string[] = [];
	const storyCount = briefing.topics.reduce((sum, topic) => sum + topic.stories.length, 0);
	lines.push(...wrap(`${say.briefing} ${shortTime(briefing.window.from)} – ${shortTime(briefing.window.to)} UTC · ${say.stories(storyCount)}`, width));
	if (storyCount === 0) lines.push('', say.none);
	for (const topic of briefing.topics) {
		lines.push('', truncate(`== ${topicLabel(topic.name, messagesFor(language))} (${topic.stories.length}) ==`, width));
		for (const story of topic.stories.slice(0, maxStories)) lines.push('', ...storyLines(story, width, language));
		if (topic.stories.length > maxStories) lines.push('', `  … ${say.more(topic.stories.length - maxStories)}`);
	}
	return `${lines.join('\n')}\n`;
}
