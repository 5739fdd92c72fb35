// A reader who keeps to unread stories (u) finds the briefing so at the next start, as newsboat's show-read-articles setting does.

import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {readUiPosition, uiPositionFile, writeUiPosition, type UiPosition} from '../../source/config/ui-position.js';
import type {PositionKeeper} from '../../source/ui/state/position.js';
import {startState} from '../../source/ui/state/start-state.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
let home: string;
beforeEach(async () => {
	home = await mkdtemp(path.join(tmpdir(), 'lagebild-unread-kept-'));
});
afterEach(async () => {
	app?.unmount();
	app = undefined;
	await rm(home, {recursive: true, force: true});
});

function keeper(): PositionKeeper {
	const file = uiPositionFile(home);
	return {initial: readUiPosition(file), save: (position: UiPosition) => writeUiPosition(file, position)};
}

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
