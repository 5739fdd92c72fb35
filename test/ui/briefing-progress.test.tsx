// The first briefing's progress in the app: the services report it, the reducer holds it, the loading view and the status bar show it.

import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {Briefing} from '../../source/model/briefing.js';
import type {BriefingProgress} from '../../source/model/briefing-progress.js';
import {App} from '../../source/ui/App.js';
import {groupDigits} from '../../source/i18n/briefing-progress.js';
import type {UiLanguage} from '../../source/i18n/index.js';
import {initialState, reducer} from '../../source/ui/state/reducer.js';
import type {BriefingFilter} from '../../source/services/app-services.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures} from './app-fixture.js';

/** Services whose briefing is computed only once the test lets it, reporting the progress the test gives meanwhile. */
class SlowBriefingServices extends MemoryServices {
	readonly listeners = new Set<(progress: BriefingProgress) => void>();
	#release: () => void = () => undefined;
	readonly #released = new Promise<void>(resolve => {
		this.#release = resolve;
	});

	override async getBriefing(filter: BriefingFilter): Promise<Briefing> {
		await this.#released;
		return super.getBriefing(filter);
	}

	override onBriefingProgress(listener: (progress: BriefingProgress) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	report(progress: BriefingProgress): void {
		for (const listener of this.listeners) listener(progress);
	}

	release(): void {
		this.#release();
	}
}

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

async function start(language: UiLanguage, columns: number, rows: number): Promise<{app: Rendered; services: SlowBriefingServices}> {
	const services = new SlowBriefingServices(await fixtures(), defaultTopics());
	app = await renderApp(createElement(App, {services, language, env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns, rows});
	return {app, services};
}

const lines = (frame: string) => frame.split('\n');

describe('the first briefing\'s progress', () => {
	test('shows in the loading view and the status bar as the services report it, and is gone with the briefing (English, two panes)', async () => {
		const {app, services} = await start('en', 100, 30);
		expect(app.frame()).toContain('Loading…');
		// The load listens while the briefing is computed; the quote pass's listener (useBriefingUpdates) for the app's life.
		expect(services.listeners.size).toBe(2);

		services.report({phase: 'analysing', done: 1200, total: 2797});
		let frame = await app.waitFor('Analysing articles… 1,200 of 2,797');
		const rows = lines(frame);
		// In the stories pane (the topics pane is too narrow) and in the status bar, the bottom row.
		expect(rows.filter(row => row.includes('Analysing articles… 1,200 of 2,797'))).toHaveLength(2);
		expect(rows.at(-1)).toContain('Analysing articles… 1,200 of 2,797');
		expect(rows.at(-1)).toContain('? help');

		services.report({phase: 'clustering', done: 0, total: 2797});
		frame = await app.waitFor('Grouping stories…');
		expect(frame).not.toContain('Analysing');
		services.report({phase: 'stories', done: 250, total: 1041});
		await app.waitFor('Summarising stories… 250 of 1,041');

		services.release();
		frame = await app.waitFor(/Stories — .+ \(\d+\)/);
		expect(frame).not.toContain('Summarising');
		expect(frame).not.toContain('Loading…');
		expect(services.listeners.size).toBe(1);
	});

	test('speaks German, in the one pane of a narrow terminal', async () => {
		const {app, services} = await start('de', 60, 24);
		expect(app.frame()).toContain('Lädt …');
		services.report({phase: 'analysing', done: 1200, total: 2797});
		const frame = await app.waitFor('Analysiere Artikel … 1.200 von 2.797');
		const rows = lines(frame);
		expect(rows.filter(row => row.includes('Analysiere Artikel … 1.200 von 2.797'))).toHaveLength(2);
		expect(rows.at(-1)).toContain('? Hilfe');
		services.report({phase: 'clustering', done: 0, total: 2797});
		await app.waitFor('Gruppiere Geschichten …');
		services.release();
		expect(await app.waitFor(/Geschichten — .+ \(\d+\)/)).not.toContain('Gruppiere');
	});
});

describe('briefing progress in the reducer', () => {
	test('is held until the briefing is loaded', async () => {
		const progress: BriefingProgress = {phase: 'analysing', done: 3, total: 9};
		const loading = reducer(initialState(100, 30), {type: 'briefingProgress', progress});
		expect(loading.briefingProgress).toEqual(progress);
		const services = new MemoryServices(await fixtures(), defaultTopics());
		const briefing = await services.getBriefing({unreadOnly: false});
		const loaded = reducer(loading, {type: 'briefingLoaded', briefing, starred: [], height: 20});
		expect(loaded.briefingProgress).toBeNull();
		expect(reducer(loading, {type: 'briefingProgress', progress: null}).briefingProgress).toBeNull();
	});

	test('numbers are grouped by threes with the language\'s separator', () => {
		expect(groupDigits(0, ',')).toBe('0');
		expect(groupDigits(999, ',')).toBe('999');
		expect(groupDigits(1000, '.')).toBe('1.000');
		expect(groupDigits(1234567, ',')).toBe('1,234,567');
	});
});
