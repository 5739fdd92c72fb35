// feed-manager, topic-manager, prompt and article commands without Ink: answers checked, saved, said.

import {mkdtemp, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {articleCommands} from '../../../source/ui/commands/article-commands.js';
import {feedManagerCommands} from '../../../source/ui/commands/feed-manager-commands.js';
import {peopleWindowCommands} from '../../../source/ui/commands/people-window-commands.js';
import {openPrompt, promptCommands, type ConfirmHandlers, type PromptHandlers} from '../../../source/ui/commands/prompt-commands.js';
import {refreshCommands} from '../../../source/ui/commands/refresh-commands.js';
import {reloadCommands} from '../../../source/ui/commands/reload-commands.js';
import {selection} from '../../../source/ui/commands/selection.js';
import {topicManagerCommands} from '../../../source/ui/commands/topic-manager-commands.js';
import {composeCommands} from '../../../source/ui/hooks/useCommands.js';
import {readerLinkCommands} from '../../../source/ui/commands/reader-links.js';
import {listPosition} from '../../../source/ui/state/reducer.js';
import {harness, settled, type Harness} from './harness.js';

function managers(test: Harness) {
	const reload = reloadCommands(test.tools);
	const selected = selection(test.tools);
	const refresh = refreshCommands(test.tools, reload, peopleWindowCommands(test.tools), selected);
	const feeds = feedManagerCommands(test.tools, reload, selected, refresh);
	const topics = topicManagerCommands(test.tools, reload, selected);
	const prompts = promptCommands(test.tools, {...feeds.prompts, ...topics.prompts, ...readerLinkCommands(test.tools).prompts}, {
		markTopicRead: () => undefined, markFeedRead: () => undefined, deleteFeed: feeds.removeConfirmed, deleteTopic: topics.removeConfirmed, dropDefaults: feeds.dropDefaultsConfirmed,
	});
	return {reload, selected, refresh, feeds, topics, prompts};
}

/** Types `value` into the open prompt as the input owner does, then presses Enter. */
function answer(test: Harness, submit: () => void, value: string): void {
	test.tools.dispatch({type: 'promptEdit', edit: {kind: 'clear'}});
	test.tools.dispatch({type: 'promptEdit', edit: {kind: 'insert', text: value}});
	submit();
}

describe('promptCommands', () => {
	test('an empty answer is refused unless its purpose takes one; a confirmed question calls its handler with the target', async () => {
		const test = await harness();
		const answered: string[] = [];
		const prompts = Object.fromEntries(['addFeed', 'editTitle', 'editTags', 'import', 'export', 'topicAdd', 'topicRename', 'topicTerms']
			.map(purpose => [purpose, ({value}: {value: string}) => answered.push(`${purpose}:${value}`)])) as unknown as PromptHandlers;
		const confirmed: string[] = [];
		const confirms: ConfirmHandlers = {markTopicRead: target => confirmed.push(`read ${target}`), markFeedRead: target => confirmed.push(`feed read ${target}`), deleteFeed: target => confirmed.push(`feed ${target}`), deleteTopic: target => confirmed.push(`topic ${target}`), dropDefaults: target => confirmed.push(`defaults ${target}`)};
		const {submitPrompt, confirm} = promptCommands(test.tools, prompts, confirms);
		openPrompt(test.tools.dispatch, 'import', '  ');
		submitPrompt();
		expect(test.state().overlay).toMatchObject({kind: 'prompt', error: 'Please enter a value'});
		openPrompt(test.tools.dispatch, 'editTags', '  ');
		submitPrompt();
		expect(answered).toEqual(['editTags:']);
		test.tools.dispatch({type: 'openOverlay', overlay: {kind: 'confirm', purpose: 'deleteFeed', target: 'https://example.org/feed', name: 'Example'}});
		confirm();
		expect(test.state().overlay).toBeNull();
		expect(confirmed).toEqual(['feed https://example.org/feed']);
	});
});

describe('feedManagerCommands', () => {
	test('a feed typed without a scheme is added and selected; a feed already there and a bad address are refused', async () => {
		const test = await harness();
		const {reload, feeds, prompts} = managers(test);
		await reload.reloadFeeds();
		feeds.add();
		answer(test, prompts.submitPrompt, 'not a url');
		expect(test.state().overlay).toMatchObject({kind: 'prompt', error: expect.stringMatching(/valid/iu)});
		const existing = test.services.feeds[0]!.url;
		answer(test, prompts.submitPrompt, existing);
		expect(test.state().overlay).toMatchObject({kind: 'prompt', error: expect.stringMatching(/already/iu)});
		answer(test, prompts.submitPrompt, 'example.org/news.xml');
		await settled(() => test.state().feeds?.some(feed => feed.config.url === 'https://example.org/news.xml') === true);
		expect(test.state().overlay).toBeNull();
		expect(test.state().message?.text).toBe('Feed added');
		expect(test.services.callsOf('addFeed')[0]?.[0]).toMatchObject({url: 'https://example.org/news.xml'});
		const listed = managers(test).selected.listedFeeds();
		expect(listed[listPosition(test.state(), 'feeds').cursor]?.config.url).toBe('https://example.org/news.xml');
	});

	test('delete asks first, then removes the feed', async () => {
		const test = await harness();
		const {reload, feeds, prompts} = managers(test);
		await reload.reloadFeeds();
		const before = test.services.feeds.length;
		feeds.remove();
		expect(test.state().overlay).toMatchObject({kind: 'confirm', purpose: 'deleteFeed'});
		expect(test.services.callsOf('removeFeed')).toHaveLength(0);
		prompts.confirm();
		await settled(() => test.state().feeds?.length === before - 1);
		expect(test.services.feeds).toHaveLength(before - 1);
	});

	test('an import that added feeds fetches them at once; one that added none fetches nothing', async () => {
		const test = await harness();
		const {reload, feeds, prompts} = managers(test);
		await reload.reloadFeeds();
		const file = path.join(await mkdtemp(path.join(tmpdir(), 'lagebild-import-')), 'in.opml');
		await writeFile(file, '<opml version="2.0"><body><outline text="Example" type="rss" xmlUrl="https://example.net/rss"/></body></opml>');
		feeds.importFile();
		answer(test, prompts.submitPrompt, file);
		await settled(() => test.services.callsOf('refresh').length === 1 && !test.state().refresh.running);
		expect(test.services.callsOf('refresh')).toEqual([[{background: true}]]);
		expect(test.state().message?.text).toBe('Imported 1 feed (0 skipped)');
		feeds.importFile();
		answer(test, prompts.submitPrompt, file);
		await settled(() => test.state().message?.text === 'Imported 0 feeds (1 skipped)');
		expect(test.services.callsOf('refresh')).toHaveLength(1);
	});

	test('feeds imported while another refresh runs are fetched after it, not dropped with the timer\'s', async () => {
		const test = await harness();
		const {reload, feeds, prompts, refresh} = managers(test);
		await reload.reloadFeeds();
		const file = path.join(await mkdtemp(path.join(tmpdir(), 'lagebild-import-')), 'in.opml');
		await writeFile(file, '<opml version="2.0"><body><outline text="Example" type="rss" xmlUrl="https://example.net/rss"/></body></opml>');
		refresh.startRefresh({}, {background: true}); // the start's refresh
		expect(test.state().refresh.running).toBe(true);
		feeds.importFile();
		answer(test, prompts.submitPrompt, file);
		await settled(() => test.services.callsOf('refresh').length === 2 && !test.state().refresh.running);
		expect(test.services.callsOf('refresh')).toEqual([[{background: true}], [{background: true}]]);
		// A timer's refresh meanwhile is still dropped: one more start while this one runs adds no third.
		refresh.startRefresh({}, {background: true});
		refresh.startRefresh({}, {background: true});
		await settled(() => !test.state().refresh.running);
		expect(test.services.callsOf('refresh')).toHaveLength(3);
	});
});

describe('topicManagerCommands', () => {
	test('a new topic asks for its terms and is saved with them once; a name taken is refused', async () => {
		const test = await harness();
		const {reload, topics, prompts} = managers(test);
		await reload.reloadTopics();
		const before = test.services.topics.length;
		topics.add();
		answer(test, prompts.submitPrompt, test.services.topics[0]!.name.toUpperCase());
		expect(test.state().overlay).toMatchObject({kind: 'prompt', purpose: 'topicAdd', error: expect.stringMatching(/exists/iu)});
		answer(test, prompts.submitPrompt, 'Space');
		expect(test.state().overlay).toMatchObject({kind: 'prompt', purpose: 'topicTerms', value: 'Space', target: 'Space'});
		answer(test, prompts.submitPrompt, 'Space, NASA, ESA');
		expect(test.state().overlay).toBeNull();
		await settled(() => test.state().message?.text === 'Topics saved');
		expect(test.services.topics).toHaveLength(before + 1);
		expect(test.services.topics.at(-1)).toEqual({name: 'Space', terms: ['Space', 'NASA', 'ESA']});
		expect(test.services.callsOf('saveTopics')).toHaveLength(1);
	});
});

describe('articleCommands', () => {
	test('s stars the selected story\'s newest article and unstars it again', async () => {
		const test = await harness();
		const reload = reloadCommands(test.tools);
		await reload.reloadBriefing();
		const selected = selection(test.tools);
		const articles = articleCommands(test.tools, reload, selected);
		const uid = selected.selectedArticle()!.uid;
		articles.toggleStar();
		await settled(() => test.state().message?.text === 'Starred');
		expect(test.services.starred.has(uid)).toBe(true);
		expect(test.state().starred.map(item => item.id)).toContain(uid);
		articles.toggleStar();
		await settled(() => test.state().message?.text === 'Star removed');
		expect(test.services.starred.has(uid)).toBe(false);
	});
});

describe('composeCommands', () => {
	test('q marks the stories shown as seen and ends the app; an action with nothing to do on the screen does nothing', async () => {
		const test = await harness();
		let exits = 0;
		const commands = composeCommands({...test.tools}, {exit: () => {
			exits++;
		}});
		await commands.reloadBriefing();
		const dispatched = test.actions.length;
		commands.run('feedDelete');
		expect(test.actions).toHaveLength(dispatched);
		commands.run('quit');
		expect(exits).toBe(1);
		await settled(() => test.services.callsOf('markSeen').length === 1);
		expect((test.services.callsOf('markSeen')[0]![0] as string[]).length).toBeGreaterThan(10);
	});
});
