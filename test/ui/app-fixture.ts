// Shared setup for the UI tests: real fixture feeds, default topics, in-memory services and a pinned clock.

import {createElement} from 'react';
import stringWidth from 'string-width';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import type {UiLanguage} from '../../source/i18n/index.js';
import type {PositionKeeper} from '../../source/ui/state/position.js';
import {loadFixtureFeeds, type FixtureFeed} from '../helpers/fixture-articles.js';
import {MemoryServices, type MemoryServicesOptions} from '../helpers/memory-services.js';
import {renderApp, stripAnsi, type Rendered} from '../helpers/render.js';

let cached: FixtureFeed[] | undefined;

export async function fixtures(): Promise<FixtureFeed[]> {
	cached ??= await loadFixtureFeeds();
	return cached;
}

export const fixedNow = () => new Date('2022-07-28T12:00:00.000Z');

export interface AppUnderTest extends Rendered {
	services: MemoryServices;
}

export async function startTestApp(options: MemoryServicesOptions & {columns?: number; rows?: number; language?: UiLanguage | 'auto'; env?: Record<string, string | undefined>; warmInkRows?: boolean; positionKeeper?: PositionKeeper} = {}): Promise<AppUnderTest> {
	const services = new MemoryServices(await fixtures(), defaultTopics(), options);
	const rendered = await renderApp(
		createElement(App, {services, language: options.language === 'auto' ? undefined : (options.language ?? 'en'), env: options.env ?? {NO_COLOR: '1'}, now: fixedNow, warmInkRows: options.warmInkRows ?? false, positionKeeper: options.positionKeeper}),
		{columns: options.columns ?? 100, rows: options.rows ?? 30},
	);
	// The story pane's title names the topic only once a briefing is loaded.
	await rendered.waitFor(/ — .+ \(\d+\)/);
	// Just after it the status bar learns the stored last refresh; tests start from that settled frame.
	await rendered.waitFor(/(?:refreshed|aktualisiert) \d/u, 1000).catch(() => undefined);
	return {...rendered, services};
}

/** Where a story sits in the briefing the app shows, found from the services' own briefing. */
export async function locate(services: MemoryServices, match: (story: import('../../source/model/briefing.js').Story) => boolean) {
	const briefing = await services.getBriefing({unreadOnly: false});
	for (const [topicIndex, topic] of briefing.topics.entries()) {
		const storyIndex = topic.stories.findIndex(story => match(story));
		if (storyIndex >= 0) {
			return {topicIndex, storyIndex, topic, story: topic.stories[storyIndex]!};
		}
	}

	throw new Error('no such story in the fixture briefing');
}

/** How many rows the topic list on screen shows above the briefing's first topic: the top stories, when there are any. */
export function topicRowsAbove(frame: string): number {
	return /^.(?:Top stories|Schlagzeilen) /mu.test(stripAnsi(frame)) ? 1 : 0;
}

/**
 * Selects a story with keys the way a person would: topics pane, down to the topic, into stories, down. topicIndex is
 * the topic's place in the briefing (locate's), below the top stories.
 */
export async function selectStory(app: AppUnderTest, topicIndex: number, storyIndex: number): Promise<void> {
	// Read from the screen, not the services: a test may count the briefings the app asked for.
	await app.press('h', 'g');
	const above = topicRowsAbove(app.frame());
	await app.press(...Array.from({length: topicIndex + above}, () => 'j'), 'l', 'g', ...Array.from({length: storyIndex}, () => 'j'));
}

/** The selected rows (marked ▸ at the start of a pane), without colours. */
export function selectedRows(raw: string): Array<{row: number; text: string}> {
	return stripAnsi(raw).split('\n').flatMap((line, row) => (line.includes('▸') ? [{row, text: line}] : []));
}

/** Every row of the frame fits the terminal width, and there are fewer rows than the terminal has. */
export function assertFits(frame: string, columns: number, rows: number): void {
	const lines = frame.split('\n');
	if (lines.length >= rows) {
		throw new Error(`frame has ${lines.length} rows for a ${rows}-row terminal`);
	}

	for (const line of lines) {
		const width = stringWidth(line);
		if (width > columns) {
			throw new Error(`row wider than ${columns}: ${width}: ${line}`);
		}
	}
}
