import {createElement} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/analysis/topics/defaults.js';
import type {Briefing} from '../../source/model/briefing.js';
import {App} from '../../source/ui/App.js';
import type {BriefingFilter} from '../../source/ui/services.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, stripAnsi, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures} from '../ui/app-fixture.js';

/** Services whose stored briefing is shown at start and whose computation waits until released. */
class SlowServices extends MemoryServices {
	stored: {briefing: Briefing; fresh: boolean} | undefined;
	computations = 0;
	#release: (() => void) | undefined;
	readonly #gate = new Promise<void>((resolve) => {
		this.#release = resolve;
	});

	release(): void {
		this.#release?.();
	}

	override async cachedBriefing(_filter: BriefingFilter): Promise<{briefing: Briefing; fresh: boolean} | undefined> {
		return this.stored;
	}

	override async getBriefing(filter: BriefingFilter): Promise<Briefing> {
		this.computations++;
		await this.#gate;
		return super.getBriefing(filter);
	}
}

let app: Rendered | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

async function start(configure: (services: SlowServices, current: Briefing) => void) {
	const services = new SlowServices(await fixtures(), defaultTopics());
	services.release();
	const current = await services.getBriefing({unreadOnly: false});
	const slow = new SlowServices(await fixtures(), defaultTopics());
	configure(slow, current);
	app = await renderApp(createElement(App, {services: slow, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow}), {columns: 100, rows: 30});
	return {services: slow, current};
}

describe('app start with a stored briefing', () => {
	it('shows a stale stored briefing at once, says it is loading, and replaces it with the computed one', async () => {
		const {services, current} = await start((slow, briefing) => {
			const [topic, ...rest] = briefing.topics;
			const [story, ...others] = topic!.stories;
			slow.stored = {briefing: {...briefing, topics: [{...topic!, stories: [{...story!, headline: 'Yesterday’s headline of this story'}, ...others]}, ...rest]}, fresh: false};
		});
		const stale = await app!.waitFor('Yesterday’s headline');
		expect(stale).toContain('Loading…');
		expect(services.computations).toBe(1);
		services.release();
		const fresh = await app!.waitFor(current.topics[0]!.stories[0]!.headline.slice(0, 30));
		expect(fresh).not.toContain('Yesterday’s headline');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(stripAnsi(app!.frame())).not.toContain('Loading…');
	});

	it('shows a fresh stored briefing and computes nothing', async () => {
		const {services, current} = await start((slow, briefing) => {
			slow.stored = {briefing, fresh: true};
		});
		await app!.waitFor(current.topics[0]!.stories[0]!.headline.slice(0, 30));
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(services.computations).toBe(0);
		expect(stripAnsi(app!.frame())).not.toContain('Loading…');
	});
});
