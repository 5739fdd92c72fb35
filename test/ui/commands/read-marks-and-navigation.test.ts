// read-marks and navigation-commands without Ink: opening a story reads it, n finds the next unread one, Esc goes back.

import {describe, expect, test} from 'vitest';
import {navigationCommands} from '../../../source/ui/commands/navigation-commands.js';
import {readMarks} from '../../../source/ui/commands/read-marks.js';
import {reloadCommands} from '../../../source/ui/commands/reload-commands.js';
import {selection} from '../../../source/ui/commands/selection.js';
import {currentScreen, findStory, topicEntries} from '../../../source/ui/state/selectors.js';
import {harness, settled} from './harness.js';

async function built() {
	const test = await harness();
	const reload = reloadCommands(test.tools);
	await reload.reloadBriefing();
	const selected = selection(test.tools);
	const marks = readMarks(test.tools, selected, reload);
	return {...test, reload, selected, marks, navigation: navigationCommands(test.tools, reload, selected, marks)};
}

describe('readMarks', () => {
	test('a story opened is read; one of its reports marked unread again makes it unread', async () => {
		const {services, state, marks} = await built();
		const story = topicEntries(state()).flatMap(entry => entry.stories).find(candidate => candidate.articles.length > 1 && candidate.unread)!;
		marks.storyOpened(story);
		expect(findStory(state(), story.id)?.unread).toBe(false);
		await settled(() => story.articles.every(article => services.read.has(article.id)));
		await services.markRead([story.articles[0]!.id], false);
		await marks.syncStoryOf(story.articles[0]!.id);
		expect(findStory(state(), story.id)?.unread).toBe(true);
	});

	test('marking a topic read asks first; yes marks every unread story of it', async () => {
		const {state, marks, services} = await built();
		marks.askMarkTopicRead();
		const overlay = state().overlay;
		expect(overlay).toMatchObject({kind: 'confirm', purpose: 'markTopicRead'});
		const topic = overlay?.kind === 'confirm' ? overlay.target : '';
		marks.markTopicRead(topic);
		const stories = topicEntries(state()).find(entry => entry.name === topic)!.stories;
		expect(stories.every(story => !story.unread)).toBe(true);
		await settled(() => services.callsOf('markRead').length > 0);
		expect(state().message?.text).toMatch(/^\d+ stories marked read$/u);
	});
});

describe('navigationCommands', () => {
	test('Esc in the stories goes to the topics, Enter back to the stories, then opens the selected story; Esc goes back to the list', async () => {
		const {state, navigation, selected} = await built();
		expect(state().pane).toBe('stories');
		navigation.back();
		expect(state().pane).toBe('topics');
		navigation.open();
		expect(state().pane).toBe('stories');
		const story = selected.selectedStory()!;
		navigation.open();
		expect(currentScreen(state())).toMatchObject({kind: 'story', storyId: story.id});
		navigation.back();
		expect(currentScreen(state()).kind).toBe('briefing');
	});

	test('n opens the next unread story after the one open, replacing it on the stack', async () => {
		const {state, navigation, selected} = await built();
		navigation.open();
		navigation.open();
		const first = selected.selectedStory()!;
		navigation.openNextUnread();
		const screen = currentScreen(state());
		expect(screen.kind).toBe('story');
		expect(screen.kind === 'story' && screen.storyId).not.toBe(first.id);
		expect(state().stack.map(entry => entry.kind)).toEqual(['briefing', 'story']);
	});

	test('a manager screen is not stacked twice', async () => {
		const {state, navigation} = await built();
		navigation.pushSingleton({kind: 'feeds'});
		navigation.pushSingleton({kind: 'search'});
		navigation.pushSingleton({kind: 'feeds'});
		expect(state().stack.map(entry => entry.kind)).toEqual(['briefing', 'feeds']);
	});
});
