// The briefing as Markdown, for sharing.

import type {Briefing, Story} from '../model/briefing.js';
import {shortTime} from './briefing-text.js';

/** Escapes characters Markdown would read as markup in running text. */
export function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}

/** `[text](url)` for a web address (brackets and spaces in it encoded); the escaped text alone otherwise. */
export function markdownLink(text: string, url: string): string {
	return /^https?:\/\//.test(url) ? `[${escapeMarkdown(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : escapeMarkdown(text);
}

function storyMarkdown(story: Story): string[] {
	const lines: string[] = [];
	lines.push(`### ${story.isNew ? '🆕 ' : ''}${escapeMarkdown(story.headline)}`, '');
	const count = story.outlets.length;
	const meta = [`${count} outlet${count === 1 ? '' : 's'}: ${story.outlets.map(escapeMarkdown).join(', ')}`];
	if (story.topics.length > 0) meta.push(`topics: ${story.topics.map(escapeMarkdown).join(', ')}`);
	lines.push(`*${meta.join(' · ')}*`, '');
	if (story.summary) lines.push(escapeMarkdown(story.summary), '');
	for (const quote of story.quotes.slice(0, 4)) {
		const who = quote.speaker ? `${escapeMarkdown(quote.speaker)}${quote.role ? ` (${escapeMarkdown(quote.role)})` : ''}` : 'unnamed';
		const text = quote.kind === 'indirect' ? escapeMarkdown(quote.text) : `“${escapeMarkdown(quote.text)}”`;
		lines.push(`> ${text} — ${who}, *${escapeMarkdown(quote.outlet)}*`, '');
	}
	for (const article of story.articles.slice(-6)) {
		lines.push(`- ${shortTime(article.published)} · ${escapeMarkdown(article.feed)}: ${markdownLink(article.title, article.url)}`);
	}
	if (story.articles.length > 6) lines.push(`- … ${story.articles.length - 6} earlier`);
	lines.push('');
	return lines;
}

export function renderBriefingMarkdown(briefing: Briefing, options: {maxStories?: number} = {}): string {
	const maxStories = options.maxStories ?? 10;
	const lines: string[] = [];
	lines.push(`# Briefing`, '', `*${shortTime(briefing.window.from)} – ${shortTime(briefing.window.to)} UTC*`, '');
	if (briefing.topics.length === 0) lines.push('No articles in this window.', '');
	for (const topic of briefing.topics) {
		lines.push(`## ${escapeMarkdown(topic.name)}`, '');
		for (const story of topic.stories.slice(0, maxStories)) lines.push(...storyMarkdown(story));
		if (topic.stories.length > maxStories) lines.push(`*… ${topic.stories.length - maxStories} more stories*`, '');
	}
	return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
