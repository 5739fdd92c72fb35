// reload-commands and selection without Ink: the briefing loaded into the state, and what the cursor points at.

import {describe, expect, test} from 'vitest';
import {reloadCommands} from '../../../source/ui/commands/reload-commands.js';
import {selection} from '../../../source/ui/commands/selection.js';
import {selectedTopicEntry} from '../../../source/ui/state/selectors.js';
import {harness} from './harness.js';

describe('reloadCommands', () => {
	test('loadInitialBriefing with nothing stored computes the briefing and shows it', async () => {
		const {services, tools, state} = await harness();
		expect(state().briefing).toBeNull();
		await reloadCommands(tools).loadInitialBriefing();
		expect(services.callsOf('getBriefing')).toEqual([[{unreadOnly: false}]]);
		expect(state().briefing?.topics.length).toBeGreaterThan(3);
		expect(state().message).toBeNull();
	});

	// Review V19 #2: a full text fetched with F or a feed added moves the store's change stamp; store-watch.ts then
	// reloaded the whole briefing as if another refresh had written.
	test('the run\'s own write is taken as seen; a change from elsewhere before it is not', async () => {
		const {services, tools} = await harness();
		const reload = reloadCommands(tools);
		await reload.loadInitialBriefing();
		expect(reload.seenStamp()).toBe('0');
		await reload.ownWrite(async () => {
			services.stamp = 1;
		});
		expect(reload.seenStamp()).toBe('1');
		// Another process wrote first: the own write must not hide it.
		services.stamp = 2;
		await reload.ownWrite(async () => {
			services.stamp = 3;
		});
		expect(reload.seenStamp()).toBe('1');
	});

	test('a fresh start briefing is shown as it is: nothing is computed', async () => {
		const {services, tools, state} = await harness();
		const briefing = await services.getBriefing({unreadOnly: false});
		const reload = reloadCommands(tools, {startBriefing: {briefing, fresh: true, starred: []}});
		await reload.loadInitialBriefing();
		expect(services.callsOf('getBriefing')).toHaveLength(1);
		// The start briefing is the first state's (startState); this state began empty and stays so.
		expect(state().briefing).toBeNull();
	});

	test('a reload for the filter u has just left is dropped: the list stays the one the header names', async () => {
		const {services, tools, state} = await harness();
		const all = await services.getBriefing({unreadOnly: false});
		const read = all.topics[0]!.stories[0]!;
		await services.markRead(read.articles.map(article => article.id), true);
		// The reload started before u (a background refresh's) ends after the one u started.
		const getBriefing = services.getBriefing.bind(services);
		let releaseFirst = () => {};
		const firstHeld = new Promise<void>(resolve => {
			releaseFirst = resolve;
		});
		let calls = 0;
		services.getBriefing = async options => {
			const first = calls++ === 0;
			const briefing = await getBriefing(options);
			if (first) await firstHeld;
			return briefing;
		};
		const reload = reloadCommands(tools);
		const older = reload.reloadBriefing(false);
		tools.dispatch({type: 'setUnreadOnly', value: true});
		await reload.reloadBriefing(true, true);
		releaseFirst();
		await older;
		expect(state().unreadOnly).toBe(true);
		const shown = state().briefing!.topics.flatMap(topic => topic.stories.map(story => story.id));
		expect(shown.length).toBeGreaterThan(0);
		expect(shown).not.toContain(read.id);
	});
});

describe('selection', () => {
	test('the selected story is the selected topic\'s first, and its article the story\'s newest', async () => {
		const {tools, state} = await harness();
		await reloadCommands(tools).reloadBriefing();
		const chosen = selection(tools);
		const entry = selectedTopicEntry(state())!;
		const story = chosen.selectedStory()!;
		expect(story).toBe(entry.stories[0]);
		expect(chosen.selectedArticle()).toEqual({uid: story.articles.at(-1)!.id, url: story.articles.at(-1)!.url});
		// Nothing is open on the story screen, so no story row is selected.
		expect(chosen.storyTarget()).toBeUndefined();
	});
});
