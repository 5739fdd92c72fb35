// One answer to "is a refresh running?": once the status row says the refresh is done, R starts the next one, even
// while the briefing is still being regrouped after it (review R #6).

import {afterEach, describe, expect, test, vi} from 'vitest';
import {stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

const statusRow = (frame: string) => stripAnsi(frame).trimEnd().split('\n').at(-1) ?? '';

describe('R after a refresh has finished', () => {
	test('refreshes again while the briefing after the last one is still being computed', async () => {
		app = await startTestApp();
		const services = app.services;
		const original = services.getBriefing.bind(services);
		let release: () => void = () => undefined;
		const gate = new Promise<void>(resolve => {
			release = resolve;
		});
		services.getBriefing = async filter => {
			await gate;
			return original(filter);
		};

		await app.press('R');
		// The refresh is done (its summary is on the row); its briefing waits at the gate.
		await app.waitFor(/feeds? ok, 0 failed, 0 new articles/u);
		expect(services.callsOf('refresh')).toHaveLength(1);
		await app.press('R');
		await vi.waitUntil(() => services.callsOf('refresh').length === 2, {timeout: 3000}).catch(() => undefined);
		expect(statusRow(app.frame())).not.toContain('under way already');
		expect(services.callsOf('refresh')).toHaveLength(2);
		release();
		await app.waitFor(/feeds? ok, 0 failed, 0 new articles/u);
	});
});
