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

	test('a fresh start briefing is shown as it is: nothing is computed', async () => {
		const {services, tools, state} = await harness();
		const briefing = await services.getBriefing({unreadOnly: false});
		const reload = reloadCommands(tools, {startBriefing: {briefing, fresh: true, starred: []}});
		await reload.loadInitialBriefing();
		expect(services.callsOf('getBriefing')).toHaveLength(1);
		// The start briefing is the first state's (startState); this state began empty and stays so.
		expect(state().briefing).toBeNull();
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
