// Shared setup for the UI tests: real fixture feeds, default topics, in-memory services and a pinned clock.

import {createElement} from 'react';
import {defaultTopics} from '../../source/analysis/topics/defaults.js';
import {App} from '../../source/ui/App.js';
import type {UiLanguage} from '../../source/ui/i18n/index.js';
import {loadFixtureFeeds, type FixtureFeed} from '../helpers/fixture-articles.js';
import {MemoryServices, type MemoryServicesOptions} from '../helpers/memory-services.js';
import {renderApp, type Rendered} from '../helpers/render.js';

let cached: FixtureFeed[] | undefined;

export async function fixtures(): Promise<FixtureFeed[]> {
	cached ??= await loadFixtureFeeds();
	return cached;
}

export const fixedNow = () => new Date('2022-07-28T12:00:00.000Z');

export interface AppUnderTest extends Rendered {
	services: MemoryServices;
}

export async function startTestApp(options: MemoryServicesOptions & {columns?: number; rows?: number; language?: UiLanguage; env?: Record<string, string | undefined>} = {}): Promise<AppUnderTest> {
	const services = new MemoryServices(await fixtures(), defaultTopics(), options);
	const rendered = await renderApp(
		createElement(App, {services, language: options.language ?? 'en', env: options.env ?? {NO_COLOR: '1'}, now: fixedNow}),
		{columns: options.columns ?? 100, rows: options.rows ?? 30},
	);
	await rendered.waitFor('Stories —');
	return {...rendered, services};
}
