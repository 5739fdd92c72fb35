// Two-step prompts (new topic → its terms, feed title → its tags) while the save behind the first step is slow.

import {afterEach, describe, expect, test} from 'vitest';
import type {TopicDefinition} from '../../source/model/topic.js';
import {delay, keys} from '../helpers/render.js';
import {fixtures, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

/** The first config write loads conf and the briefing regroups after it: in the real app that takes a second. */
function slowSaves(target: AppUnderTest): void {
	const {services} = target;
	const saveTopics = services.saveTopics.bind(services);
	services.saveTopics = async (topics: TopicDefinition[]) => {
		await delay(400);
		await saveTopics(topics);
	};

	const updateFeed = services.updateFeed.bind(services);
	services.updateFeed = async (...args: Parameters<typeof updateFeed>) => {
		await delay(400);
		await updateFeed(...args);
	};
}

describe('a new topic', () => {
	test('keys typed straight after the name go into its terms, and one topic is saved', async () => {
		app = await startTestApp();
		slowSaves(app);
		await app.press('t');
		await app.waitFor('Briefing › Topics');
		const before = app.services.topics.length;
		await app.press('a');
		await app.typeKeys('Space');
		await app.press(keys.enter);
		// No waiting for the save: a person types the terms at once.
		await app.typeKeys(', NASA, ESA');
		expect(app.frame()).toContain('Terms (comma separated): Space, NASA, ESA');
		await app.press(keys.enter);
		await app.waitFor('Topics saved', 10_000);
		expect(app.services.topics).toHaveLength(before + 1);
		expect(app.services.topics.at(-1)).toEqual({name: 'Space', terms: ['Space', 'NASA', 'ESA']});
		expect(app.services.callsOf('saveTopics')).toHaveLength(1);
	});

	test('"Topics saved" shows once the topic is written, not only after the briefing has regrouped', async () => {
		app = await startTestApp();
		// The regroup after the save waits until the test lets it go: the message must not wait for it.
		let regroup!: () => void;
		const regrouped = new Promise<void>(resolve => {
			regroup = resolve;
		});
		const compute = app.services.getBriefing.bind(app.services);
		app.services.getBriefing = async filter => {
			await regrouped;
			return compute(filter);
		};
		const computed = app.services.callsOf('getBriefing').length;

		await app.press('t');
		await app.waitFor('Briefing › Topics');
		await app.press('a');
		await app.type('Space');
		await app.press(keys.enter);
		await app.type(', NASA');
		await app.press(keys.enter);
		await app.waitFor('Topics saved', 2000);
		expect(app.frame()).toMatch(/▸Space +Space, NASA/u);
		// Said while the regroup was still held: the briefing had not been computed again.
		expect(app.services.callsOf('getBriefing')).toHaveLength(computed);
		regroup();
	});

	test('Esc on the terms prompt adds nothing', async () => {
		app = await startTestApp();
		await app.press('t');
		await app.waitFor('Briefing › Topics');
		const before = app.services.topics.map(topic => topic.name);
		await app.press('a');
		await app.type('Space');
		await app.press(keys.enter);
		await app.waitFor('Terms (comma separated): Space');
		await app.press(keys.esc);
		expect(app.frame()).not.toContain('Terms (comma separated)');
		await delay(50);
		expect(app.services.topics.map(topic => topic.name)).toEqual(before);
		expect(app.services.callsOf('saveTopics')).toEqual([]);
	});
});

describe('editing a feed', () => {
	test('keys typed straight after the title go into its tags', async () => {
		const feeds = await fixtures();
		app = await startTestApp();
		slowSaves(app);
		await app.press('f');
		await app.waitFor(feeds[0]!.url);
		await app.press('e', '\u0015');
		await app.typeKeys('Mine');
		await app.press(keys.enter, '\u0015');
		await app.typeKeys('a, b');
		expect(app.frame()).toContain('Tags (comma separated): a, b');
		await app.press(keys.enter);
		await app.waitFor('Feed saved', 10_000);
		expect(app.services.callsOf('updateFeed')).toEqual([[feeds[0]!.url, {title: 'Mine'}], [feeds[0]!.url, {tags: ['a', 'b']}]]);
	});
});
