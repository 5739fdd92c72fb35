import {createElement} from 'react';
import {afterEach, describe, expect, test} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {App} from '../../source/ui/App.js';
import {MemoryServices} from '../helpers/memory-services.js';
import {renderApp, type Rendered} from '../helpers/render.js';
import {fixedNow, fixtures} from './app-fixture.js';

/** The memory services plus what the app reports as seen. */
class SeenServices extends MemoryServices {
	readonly seen: Array<{storyIds: string[]; at: string}> = [];

	override async markSeen(storyIds: string[], at: string): Promise<void> {
		this.seen.push({storyIds, at});
	}
}

let rendered: Rendered | undefined;
afterEach(() => {
	rendered?.unmount();
	rendered = undefined;
});

async function start(): Promise<SeenServices> {
	const services = new SeenServices(await fixtures(), defaultTopics());
	rendered = await renderApp(createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, now: fixedNow, warmInkRows: false}), {columns: 100, rows: 30});
	await rendered.waitFor(/ — .+ \(\d+\)/u);
	return services;
}

describe('quitting ends what is new (+) for the next start', () => {
	test('q reports every story the briefing showed as seen, as of the briefing the session showed', async () => {
		const services = await start();
		expect(rendered!.frame()).toMatch(/[▸ ]\+/u);
		const briefing = await services.getBriefing({unreadOnly: false});
		expect(services.seen).toEqual([]);
		await rendered!.press('q');
		expect(services.seen).toHaveLength(1);
		const [seen] = services.seen;
		expect([...seen!.storyIds].sort()).toEqual(briefing.topics.flatMap(topic => topic.stories.map(story => story.id)).sort());
		expect(Date.parse(seen!.at)).toBeGreaterThan(0);
	});
});
