// The app starts where the last session quit (walk #40): its story, else its topic's top, else the briefing's top.

import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {readUiPosition, uiPositionFile, writeUiPosition, type UiPosition} from '../../source/config/ui-position.js';
import type {PositionKeeper} from '../../source/ui/state/position.js';
import {startState} from '../../source/ui/state/start-state.js';
import {stripAnsi} from '../helpers/render.js';
import {selectStory, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
let home: string;
beforeEach(async () => {
	home = await mkdtemp(path.join(tmpdir(), 'lagebild-position-'));
});
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await rm(home, {recursive: true, force: true});
});

/** What the command gives the app: the file's position, and writing it on quit. */
function keeper(): PositionKeeper {
	const file = uiPositionFile(home);
	return {initial: readUiPosition(file), save: (position: UiPosition) => writeUiPosition(file, position)};
}

/** The stories pane's title names the selected topic: "Stories — Sport (10)". */
function shownTopic(frame: string): string | undefined {
	return /Stories — (.+?) \(\d+\)/u.exec(stripAnsi(frame))?.[1];
}

function selectedStoryRow(frame: string): string {
	// The stories pane is right of the │; its selected row carries the cursor mark.
	const rows = selectedRows(frame).map(row => row.text.split('│')[1] ?? '').filter(text => /[▸›]/u.test(text));
	return rows[0] ?? '';
}

describe('position across launches', () => {
	test('q saves the selected topic and story; the next start selects them', async () => {
		app = await startTestApp({positionKeeper: keeper()});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const topic = briefing.topics.find((candidate, index) => index >= 2 && candidate.stories.length >= 3)!;
		const topicIndex = briefing.topics.indexOf(topic);
		await selectStory(app, topicIndex, 2);
		await app.press('q');
		const saved = JSON.parse(await readFile(uiPositionFile(home), 'utf8')) as UiPosition;
		expect(saved).toEqual({topic: topic.name, story: topic.stories[2]!.id, pane: 'stories'});
		app.unmount();

		app = await startTestApp({positionKeeper: keeper()});
		await app.waitFor(`Stories — ${topic.name}`);
		expect(selectedStoryRow(app.frame())).toContain(topic.stories[2]!.headline.slice(0, 20));
		// The keys go on from there: down is the story after it.
		await app.press('j');
		expect(selectedStoryRow(app.frame())).toContain(topic.stories[3]?.headline.slice(0, 20) ?? topic.stories[2]!.headline.slice(0, 20));
	});

	test('q writes the position once', async () => {
		const saved: UiPosition[] = [];
		app = await startTestApp({positionKeeper: {save: position => saved.push(position)}});
		await app.press('l', 'j');
		await app.press('q');
		expect(saved).toHaveLength(1);
		expect(saved[0]?.pane).toBe('stories');
	});

	test('an app ended without q (terminal closed: SIGHUP, or SIGTERM) keeps its position too', async () => {
		app = await startTestApp({positionKeeper: keeper()});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const topic = briefing.topics[1]!;
		await selectStory(app, 1, 1);
		app.unmount();
		app = undefined;
		expect(readUiPosition(uiPositionFile(home))).toEqual({topic: topic.name, story: topic.stories[1]!.id, pane: 'stories'});
	});

	test('a story gone starts at its topic\'s top; a story ranked under another topic now is found there', async () => {
		app = await startTestApp();
		const briefing = await app.services.getBriefing({unreadOnly: false});
		app.unmount();
		const topic = briefing.topics[3]!;
		writeUiPosition(uiPositionFile(home), {topic: topic.name, story: 'no-such-story', pane: 'stories'});
		app = await startTestApp({positionKeeper: keeper()});
		await app.waitFor(`Stories — ${topic.name}`);
		expect(selectedStoryRow(app.frame())).toContain(topic.stories[0]!.headline.slice(0, 20));
		app.unmount();

		const elsewhere = briefing.topics[2]!;
		writeUiPosition(uiPositionFile(home), {topic: 'A topic deleted since', story: elsewhere.stories[1]!.id, pane: 'stories'});
		app = await startTestApp({positionKeeper: keeper()});
		await app.waitFor(`Stories — ${elsewhere.name}`);
		expect(selectedStoryRow(app.frame())).toContain(elsewhere.stories[1]!.headline.slice(0, 20));
	});

	test('an unknown topic, a corrupt file or none start at the top', async () => {
		app = await startTestApp();
		const first = shownTopic(app.frame());
		app.unmount();
		expect(first).toBeTruthy();

		writeUiPosition(uiPositionFile(home), {topic: 'A topic deleted since', pane: 'topics'});
		app = await startTestApp({positionKeeper: keeper()});
		expect(shownTopic(app.frame())).toBe(first);
		app.unmount();

		await writeFile(uiPositionFile(home), '{"topic": ');
		expect(readUiPosition(uiPositionFile(home))).toBeUndefined();
		app = await startTestApp({positionKeeper: keeper()});
		expect(shownTopic(app.frame())).toBe(first);
	});

	test('a home that cannot be written loses the position, not the quit', () => {
		expect(writeUiPosition(path.join(home, 'missing-folder', 'position.json'), {topic: 'Sport', pane: 'stories'})).toBe(false);
		expect(writeUiPosition(uiPositionFile(home), {topic: 'Sport', story: 'abc', pane: 'topics'})).toBe(true);
		expect(readUiPosition(uiPositionFile(home))).toEqual({topic: 'Sport', story: 'abc', pane: 'topics'});
	});
});

// A reader who keeps to unread stories (u) finds the briefing so at the next start, as newsboat's show-read-articles setting does.
describe('the unread-only filter across launches', () => {
	test('u, q: the next start shows unread stories only, and asks for them; u again, q: all stories next time', async () => {
		app = await startTestApp({positionKeeper: keeper()});
		await app.press('u');
		await app.waitFor('[unread only]');
		await app.press('q');
		const saved = JSON.parse(await readFile(uiPositionFile(home), 'utf8')) as UiPosition;
		expect(saved.unreadOnly).toBe(true);
		app.unmount();

		app = await startTestApp({positionKeeper: keeper()});
		expect(app.frame()).toContain('[unread only]');
		expect(app.services.callsOf('getBriefing')).toEqual([[{unreadOnly: true}]]);
		await app.press('u');
		await app.waitFor(/· all · /u);
		await app.press('q');
		expect(JSON.parse(await readFile(uiPositionFile(home), 'utf8'))).not.toHaveProperty('unreadOnly');
		app.unmount();

		app = await startTestApp({positionKeeper: keeper()});
		expect(app.frame()).not.toContain('[unread only]');
	});

	test('a position file without the setting, or with another value, starts with all stories', () => {
		expect(startState(100, 30, undefined, {topic: 'Sport', pane: 'stories'}).unreadOnly).toBe(false);
		expect(startState(100, 30, undefined, {topic: 'Sport', pane: 'stories', unreadOnly: true}).unreadOnly).toBe(true);
	});
});
