// A row of the briefing's topic pane: the topic's name, its story and unread counts, and + or • — the name first.

import {cellWidth, fit, fitRight, truncate} from '../text/fit.js';
import type {Line} from '../text/line.js';

/** What a topic row shows of its topic (a TopicEntry of selectors.ts). */
export interface TopicCounts {
	readonly stories: readonly unknown[];
	readonly unread: number;
	readonly fresh: number;
}

/** Digits of the list's largest story and unread counts: the count columns are as wide as the numbers, not 4 cells each. */
export interface CountWidths {
	readonly stories: number;
	/** 0 when no topic has an unread story. */
	readonly unread: number;
}

export function countWidths(topics: readonly TopicCounts[]): CountWidths {
	let stories = 1;
	let unread = 0;
	for (const topic of topics) {
		stories = Math.max(stories, String(topic.stories.length).length);
		if (topic.unread > 0) unread = Math.max(unread, String(topic.unread).length);
	}

	return {stories, unread};
}

const rows = new Map<string, Line>();

/**
 * The row in `width` cells. At 80 columns the pane is 22 cells, and German names are long ("Wirtschaft & Märkte"): a
 * name that does not fit beside both counts gives up the story count first (the stories pane's heading says it), then
 * the unread count (+ and • still say there are some); a name too long even alone is cut beside both counts.
 * Every kept count stays in its column, right-aligned, so the columns read down the pane.
 */
export function topicPaneRow(label: string, topic: TopicCounts, width: number, widths: CountWidths): Line {
	// + as on the story rows: something arrived since the last look, which a second session of the day looks for first.
	const marker = topic.fresh > 0 ? '+' : topic.unread > 0 ? '•' : ' ';
	const key = `${width}\u0000${widths.stories}\u0000${widths.unread}\u0000${topic.stories.length}\u0000${topic.unread}\u0000${marker}\u0000${label}`;
	let line = rows.get(key);
	if (line === undefined) {
		const unread = widths.unread > 0 ? ` ${fitRight(topic.unread > 0 ? String(topic.unread) : '', widths.unread)}` : '';
		const both = ` ${fitRight(String(topic.stories.length), widths.stories)}${unread}`;
		// The name's room beside each: one cell before it (the cursor's), one after the counts (the marker).
		const counts = [both, unread, ' '].find(shown => cellWidth(label) <= width - 2 - cellWidth(shown)) ?? both;
		const room = width - 1 - cellWidth(counts);
		// A cut after a word leaves no blank before the ellipsis ("Wissenschaft…", not "Wissenschaft …").
		const name = truncate(label, room - 1).replace(/\s+…$/u, '…');
		line = [
			{text: fit(` ${name}`, room), token: topic.unread > 0 ? 'unread' : 'text.primary'},
			{text: counts, token: 'text.secondary'},
			{text: marker, token: topic.fresh > 0 ? 'new' : 'text.secondary'},
		];
		if (rows.size >= 1000) {
			rows.clear();
		}

		rows.set(key, line);
	}

	return line;
}
