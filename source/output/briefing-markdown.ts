// The briefing as Markdown, for sharing.

import type {Briefing, Story} from '../model/briefing.js';
import {briefingWords} from '../i18n/briefing-words.js';
import {messagesFor, topicLabel, type UiLanguage} from '../i18n/index.js';
import {shortTime} from './briefing-text.js';
import {storyRoleOf} from '../briefing/speaker-roles.js';

/** Escapes characters Markdown would read as markup in running text. */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

/** `[text](url)` for a web address (brackets and spaces in it encoded); the escaped text alone otherwise. */
export function markdownLink(text: string, url: string): string {
	return /^https?:\/\//.test(url) ? `[${escapeMarkdown(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : escapeMarkdown(text);
}

function storyMarkdown(story: Story, language: UiLanguage): string[] {
	const say = briefingWords(language);
	const messages = messagesFor(language);
	const lines: string[] = [];
	lines.push(`### ${story.isNew ? '🆕 ' : ''}${escapeMarkdown(story.headline)}`, '');
	const count = story.outlets.length;
	const meta = [`${say.outlets(count)}: ${story.outlets.map(escapeMarkdown).join(', ')}`];
	if (story.topics.length > 0) meta.push(`${say.topics}: ${story.topics.map(name => escapeMarkdown(topicLabel(name, messages))).join(', ')}`);
	// The language's quotation marks („…“ in German), as the text output and the app set them.
	const [open, close] = messages.labels.quoteMarks;
	lines.push(`*${meta.join(' · ')}*`, '');
	if (story.summary) lines.push(escapeMarkdown(story.summary), '');
	const roleOf = storyRoleOf(story);
	for (const quote of story.quotes.slice(0, 4)) {
		const role = roleOf(quote.speaker, quote.role);
		const who = quote.speaker ? `${escapeMarkdown(quote.speaker)}${role ? ` (${escapeMarkdown(role)})` : ''}` : say.unnamed;
		const text = quote.kind === 'indirect' ? escapeMarkdown(quote.text) : `${open}${escapeMarkdown(quote.text)}${close}`;
		lines.push(`> ${text} — ${who}, *${escapeMarkdown(quote.outlet)}*`, '');
	}
	for (const article of story.articles.slice(-6)) {
		const copies = article.alsoIn?.length ? ` · *${messages.labels.alsoIn} ${article.alsoIn.map(escapeMarkdown).join(', ')}*` : '';
		lines.push(`- ${shortTime(article.published)} · ${escapeMarkdown(article.feed)}: ${markdownLink(article.title, article.url)}${copies}`);
	}
	if (story.articles.length > 6) lines.push(`- … ${say.earlierShort(story.articles.length - 6)}`);
	lines.push('');
	return lines;
}

export interface MarkdownOptions {
	maxStories?: number;
	/** The app's language (default English). */
	language?: UiLanguage;
}

export function renderBriefingMarkdown(briefing: Briefing, options: MarkdownOptions = {}): string {
	const maxStories = options.maxStories ?? 10;
	const language = options.language ?? 'en';
	const say = briefingWords(language);
	const lines: string[] = [];
	lines.push(`# ${say.briefing}`, '', `*${shortTime(briefing.window.from)} – ${shortTime(briefing.window.to)} UTC*`, '');
	if (briefing.topics.length === 0) lines.push(say.none, '');
	for (const topic of briefing.topics) {
		lines.push(`## ${escapeMarkdown(topicLabel(topic.name, messagesFor(language)))}`, '');
		for (const story of topic.stories.slice(0, maxStories)) lines.push(...storyMarkdown(story, language));
		if (topic.stories.length > maxStories) lines.push(`*… ${say.moreStories(topic.stories.length - maxStories)}*`, '');
	}
	return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
