import {createElement} from 'react';
import {afterEach, describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import type {UiPosition} from '../../source/config/ui-position.js';
import type {Briefing} from '../../source/model/briefing.js';
import {App} from '../../source/ui/App.js';
import type {BriefingFilter} from '../../source/services/app-services.js';
import type {StartBriefing} from '../../source/ui/state/start-state.js';
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

/** The stored briefing read before the first render (start.tsx, startBriefing): the same app, without an empty frame first. */
describe('app start with the stored briefing read before the first render', () => {
	let others: Rendered[] = [];
	afterEach(() => {
		for (const other of others) other.unmount();
		others = [];
	});

	async function computed(): Promise<Briefing> {
		const services = new SlowServices(await fixtures(), defaultTopics());
		services.release();
		return services.getBriefing({unreadOnly: false});
	}

	async function render(services: SlowServices, properties: {positionKeeper?: {initial: UiPosition; save: () => void}; startBriefing?: StartBriefing}): Promise<Rendered> {
		const rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, ...properties}), {columns: 100, rows: 30});
		others.push(rendered);
		return rendered;
	}

	it('draws it, at the last session position, as its first frame: the frame the app drew after an empty one', async () => {
		const briefing = await computed();
		const topic = briefing.topics.find((candidate, index) => index >= 2 && candidate.stories.length >= 3)!;
		const keeper = {initial: {topic: topic.name, story: topic.stories[2]!.id, pane: 'stories' as const}, save: () => undefined};
		const before = new SlowServices(await fixtures(), defaultTopics());
		before.stored = {briefing, fresh: true};
		const old = await render(before, {positionKeeper: keeper});
		await old.waitFor(`Stories — ${topic.name}`);
		// The app without a start briefing draws the briefing, then the status row's unread total when its read lands.
		await old.waitFor(/ · \d+ unread · /u);
		const settled = old.stdout.frames.map(frame => stripAnsi(frame)).find(frame => frame.includes(`Stories — ${topic.name}`) && / · \d+ unread · /u.test(frame));

		const now = new SlowServices(await fixtures(), defaultTopics());
		const started = await render(now, {positionKeeper: keeper, startBriefing: {briefing, fresh: true, starred: [], readCounts: await now.readCounts()}});
		const first = stripAnsi(started.stdout.frames[0]!);
		expect(first).toContain(`Stories — ${topic.name}`);
		expect(first).toContain(topic.stories[2]!.headline.slice(0, 20));
		expect(first).toBe(settled);
		// Fresh: nothing is computed; the frames after it (the last refresh in the status bar) and the keys go as they did.
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(now.computations).toBe(0);
		expect(started.frame()).toBe(old.frame());
		await started.press('j');
		await old.press('j');
		expect(started.frame()).toBe(old.frame());
		expect(started.frame()).not.toBe(first);
	});

	it('a stale one shows at once, says it is loading, and gives way to the computed briefing', async () => {
		const briefing = await computed();
		const [topic, ...rest] = briefing.topics;
		const [story, ...others] = topic!.stories;
		const stale = {...briefing, topics: [{...topic!, stories: [{...story!, headline: 'Yesterday’s headline of this story'}, ...others]}, ...rest]};
		const slow = new SlowServices(await fixtures(), defaultTopics());
		const started = await render(slow, {startBriefing: {briefing: stale, fresh: false, starred: []}});
		expect(stripAnsi(started.stdout.frames[0]!)).toContain('Yesterday’s headline');
		expect(await started.waitFor('Loading…')).toContain('Yesterday’s headline');
		expect(slow.computations).toBe(1);
		slow.release();
		const fresh = await started.waitFor(story!.headline.slice(0, 30));
		expect(fresh).not.toContain('Yesterday’s headline');
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(stripAnsi(started.frame())).not.toContain('Loading…');
	});
});
