// Where the reader was in the briefing when the app last quit (topic, story, pane), kept in a small file in home.

import {readFileSync, renameSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isFeedOrder, type FeedOrder} from '../model/feed-order.js';

/** The briefing selection to start on next time; the story is a story id (stable as the story grows). */
export interface UiPosition {
	topic: string;
	story?: string;
	pane: 'topics' | 'stories';
	/** The feed manager's order (absent: as added). */
	feedOrder?: FeedOrder;
	/** The briefing showed unread stories only (u); absent: all stories. */
	unreadOnly?: true;
}

export function uiPositionFile(home: string): string {
	return path.join(home, 'position.json');
}

/** The position saved last, or undefined when there is none or the file is unreadable (a start never fails on it). */
export function readUiPosition(file: string): UiPosition | undefined {
	let value: unknown;
	try {
		value = JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}

	if (typeof value !== 'object' || value === null) return undefined;
	const {topic, story, pane, feedOrder, unreadOnly} = value as Record<string, unknown>;
	if (typeof topic !== 'string' || topic === '') return undefined;
	return {
		topic,
		...(typeof story === 'string' && story !== '' ? {story} : {}),
		pane: pane === 'topics' ? 'topics' : 'stories',
		...(isFeedOrder(feedOrder) && feedOrder !== 'added' ? {feedOrder} : {}),
		...(unreadOnly === true ? {unreadOnly: true as const} : {}),
	};
}

/** Writes the position through a temporary file, so a second run reading it never sees half a file. Never throws. */
export function writeUiPosition(file: string, position: UiPosition): boolean {
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, `${JSON.stringify(position)}\n`);
		renameSync(temporary, file);
		return true;
	} catch {
		// A read-only home loses the position, nothing else: quitting must not fail on it.
		return false;
	}
}
