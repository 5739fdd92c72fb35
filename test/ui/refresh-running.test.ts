// One answer to "is a refresh running?" (review R #6): the status row and R agree. A refresh runs until the briefing
// after it is loaded; the row said "refreshed 12:00" while R answered "A refresh is under way already".

import {afterEach, describe, expect, test, vi} from 'vitest';
import {stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';

describe('R and the status row', () => {
	test('while the briefing after a refresh is computed the row says refreshing and R says so; then R refreshes again', async () => {
		app = await startTestApp();
		const services = app.services;
		const original = services.getBriefing.bind(services);
		let release: () => void = () => undefined;
		const gate = new Promise<void>(resolve => {
			release = resolve;
		});
		let waiting = 0;
		services.getBriefing = async filter => {
			waiting++;
			await gate;
			return original(filter);
		};

		await app.press('R');
		// The feeds are fetched; the briefing after them waits at the gate.
		await vi.waitUntil(() => waiting > 0, {timeout: 5000});
		await app.waitFor(/refreshing \d+\/\d+/u);
		expect(statusRow(app.frame())).not.toMatch(/new articles|refreshed/u);
		await app.press('R');
		expect(statusRow(app.frame())).toMatch(/A refresh is under way already.*refreshing \d+\/\d+/u);
		expect(services.callsOf('refresh')).toHaveLength(1);

		release();
		await app.waitFor(/feeds? ok, 0 failed, 0 new articles.*refreshed 12:00/u);
		await app.press('R');
		await vi.waitUntil(() => services.callsOf('refresh').length === 2, {timeout: 5000});
		expect(statusRow(app.frame())).not.toContain('under way already');
	});

	test('R while the timer\'s refresh runs is not refused: it runs after it and its summary stays', async () => {
		app = await startTestApp({settings: {autoRefreshMinutes: 0.02}});
		const services = app.services;
		const original = services.refresh.bind(services);
		let release: () => void = () => undefined;
		const gate = new Promise<void>(resolve => {
			release = resolve;
		});
		services.refresh = async (target, onProgress) => {
			// The timer's refresh (1.2 s) waits at the gate; R's goes through.
			if (target.background === true) await gate;
			return original(target, onProgress);
		};

		await vi.waitUntil(() => services.callsOf('refresh').length > 0 || app!.frame().includes('refreshing'), {timeout: 8000});
		await app.waitFor(/refreshing \d+\/\d+|refreshing 0/u);
		await app.press('R');
		expect(statusRow(app.frame())).not.toContain('under way already');
		release();
		await app.waitFor(/feeds? ok, 0 failed, 0 new articles/u, 8000);
		const targets = services.callsOf('refresh').map(([target]) => target as {background?: boolean});
		expect(targets.some(target => target.background !== true)).toBe(true);
	});
});
