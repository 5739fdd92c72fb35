import {afterEach, describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import {keys, stripAnsi} from '../helpers/render.js';
import {loadFixtureFeeds} from '../helpers/fixture-articles.js';
import {assertFits, locate, selectStory, selectedRows, startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('briefing screen', () => {
	test('shows every topic with story and unread counts, and the first topic\'s stories', async () => {
		app = await startTestApp();
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const frame = app.frame();
		const first = briefing.topics[0]!;
		expect(frame).toContain(`Stories — ${first.name} (${first.stories.length})`);
		// Topics that fit on screen are listed with their story count and unread count; a name longer than the 28-cell
		// pane holds beside both ("Climate & environment") keeps the unread count only (walk 10 #216).
		for (const topic of briefing.topics.slice(0, 20)) {
			expect(frame).toMatch(topic.name.length <= 20
				? new RegExp(`${topic.name.slice(0, 12).replace(/[&]/g, '.')}.*\\s${topic.stories.length}\\s+${topic.stories.length}[•+]`)
				: new RegExp(`${topic.name.replace(/[&]/g, '.')}\\s+${topic.stories.length}[•+]`));
		}

		// A story row: unread marker, headline, number of outlets and age.
		expect(frame).toContain(first.stories[0]!.headline.slice(0, 30));
		expect(frame).toMatch(/│[ ▸][+•].*1 outlet · \d+[mhd]/u);
		expect(frame).toContain('? help');
		// The fixture feeds were last fetched on 1 January 2026 (by another run): the status bar says so.
		expect(await app.waitFor('refreshed 01.01.2026')).not.toContain('not refreshed yet');
		assertFits(frame, 100, 30);
	});

	test('j/k and arrows move through stories, g/G jump, Tab and h/l switch panes', async () => {
		app = await startTestApp();
		// The briefing as the app loaded it (reading stories re-ranks later briefings, not the one on screen).
		const shown = await app.services.getBriefing({unreadOnly: false});
		const topicIndex = shown.topics.findIndex(candidate => candidate.stories.length >= 5);
		const topic = shown.topics[topicIndex]!;
		const loads = app.services.callsOf('getBriefing').length;
		await selectStory(app, topicIndex, 0);
		expect(app.frame()).toContain(`Stories — ${topic.name}`);
		await app.press('j', 'j', keys.down, 'k');
		// Moving never reloads anything.
		expect(app.services.callsOf('getBriefing')).toHaveLength(loads);
		await app.press(keys.enter);
		expect(app.frame()).toContain(topic.stories[2]!.headline.slice(0, 40));
		await app.press(keys.esc);
		await app.press('G', keys.enter);
		expect(app.frame()).toContain(topic.stories.at(-1)!.headline.slice(0, 40));
		await app.press(keys.esc, 'g', keys.enter);
		expect(app.frame()).toContain(topic.stories[0]!.headline.slice(0, 40));
		await app.press(keys.esc);
		// Tab to the topics pane, move to the next topic: the story pane follows.
		await app.press(keys.tab, 'j');
		const next = shown.topics[topicIndex + 1]!;
		expect(app.frame()).toContain(`Stories — ${next.name}`);
	});

	test('opening a story marks it read through the services', async () => {
		app = await startTestApp();
		const found = await locate(app.services, candidate => candidate.articles.length === 1);
		const {story, topicIndex, storyIndex} = found;
		await selectStory(app, topicIndex, storyIndex);
		await app.press(keys.enter);
		expect(app.frame()).toContain('Briefing › Story');
		expect(app.services.callsOf('markRead')).toContainEqual([story.articles.map(article => article.id), true]);
		await app.press(keys.esc);
		expect(app.frame()).toContain(`Stories — ${found.topic.name}`);
	});

	test('m toggles read, u shows only unread stories', async () => {
		app = await startTestApp();
		const {story, topicIndex, storyIndex, topic} = await locate(app.services, candidate => candidate.articles.length === 1);
		await selectStory(app, topicIndex, storyIndex);
		await app.press('m');
		expect(app.services.read.has(story.articles[0]!.id)).toBe(true);
		expect(app.frame()).toContain('Marked read');
		await app.press('u');
		await app.waitFor('[unread only]');
		expect(app.services.callsOf('getBriefing').at(-1)).toEqual([{unreadOnly: true}]);
		const frame = app.frame();
		expect(frame).not.toContain(story.headline.slice(0, 40));
		expect(frame).toContain(`Stories — ${topic.name} (${topic.stories.length - 1})`);
		await app.press('u');
		await app.waitFor(`Stories — ${topic.name} (${topic.stories.length})`);
		// The hidden story's place went to another one; find the read story again (reading re-ranks it within its
		// topic; the topics themselves stay where they were) and unmark it.
		const again = await locate(app.services, candidate => candidate.id === story.id);
		await selectStory(app, topicIndex, again.storyIndex);
		await app.press('m');
		expect(app.services.read.has(story.articles[0]!.id)).toBe(false);
	});

	test('s stars the story\'s article; starred ones get their own pseudo-topic', async () => {
		app = await startTestApp();
		const {story, topicIndex, storyIndex} = await locate(app.services, candidate => candidate.articles.length === 1);
		await selectStory(app, topicIndex, storyIndex);
		await app.press('s');
		await app.waitFor('★ Starred');
		expect([...app.services.starred]).toEqual([story.articles[0]!.id]);
		await app.press('h', 'G');
		const frame = await app.waitFor('Stories — ★ Starred (1)');
		expect(frame).toContain(story.headline.slice(0, 30));
	});

	test('refresh runs in the background with progress, then reloads; failures show in the status bar', async () => {
		const fixtures = await import('./app-fixture.js').then(async module => module.fixtures());
		app = await startTestApp({failing: {[fixtures[1]!.url]: 'HTTP 500'}});
		await app.press('R');
		const after = await app.waitFor(/refreshed \d/u);
		// Progress was drawn while it ran: n of N feeds, and the failure as soon as it happened.
		const progress = app.stdout.frames.map(frame => stripAnsi(frame)).filter(frame => /refreshing \d\/6/.test(frame));
		expect(progress.length).toBeGreaterThan(0);
		expect(progress.some(frame => /refreshing [2-6]\/6 · 1 failed/.test(frame))).toBe(true);
		expect(after).toContain('1 failed');
		expect(after).toContain('5 feeds ok, 1 failed, 0 new articles');
		expect(app.services.callsOf('refresh')).toEqual([[{}]]);
		expect(app.services.callsOf('getBriefing').length).toBe(2);
	});

	test('new stories from a refresh do not move the selection or its screen row', async () => {
		app = await startTestApp();
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const topicIndex = briefing.topics.findIndex(topic => topic.name === 'Other');
		const topic = briefing.topics[topicIndex]!;
		await selectStory(app, topicIndex, 8);
		const storyRow = (frame: string) => selectedRows(frame).find(row => row.text.split('│')[1]?.startsWith('▸'));
		const before = storyRow(app.frame());
		expect(before!.text).toContain(topic.stories[8]!.headline.slice(0, 30));
		// The next refresh brings articles from two more real feeds; some sort above the selected story.
		const more = await loadFixtureFeeds(['uol-noticias.rss', 'medium-content-encoded.rss']);
		// Dated just before "now", so they rank above the older stories.
		app.services.pending = more.flatMap(feed => feed.articles).map((article, index) => ({...article, published: new Date(Date.parse('2022-07-28T11:30:00.000Z') - index * 60_000).toISOString()}));
		await app.press('R');
		await app.waitFor(/refreshed \d/u);
		const after = await app.services.getBriefing({unreadOnly: false});
		const grown = after.topics.find(candidate => candidate.name === 'Other')!;
		const newIndex = grown.stories.findIndex(story => story.id === topic.stories[8]!.id);
		expect(newIndex).toBeGreaterThan(8);
		await app.waitFor(`Stories — Other (${grown.stories.length})`);
		const now = storyRow(app.frame());
		expect(now!.text).toContain(topic.stories[8]!.headline.slice(0, 30));
		expect(now!.row).toBe(before!.row);
	});

	test('80x24 is fully usable and no row is wider than the terminal, also after resizing', async () => {
		app = await startTestApp({columns: 80, rows: 24});
		assertFits(app.frame(), 80, 24);
		expect(app.frame().split('\n')).toHaveLength(23);
		await app.resize(60, 15);
		const small = app.frame();
		assertFits(small, 60, 15);
		expect(small).toContain('? help');
		await app.resize(140, 40);
		assertFits(app.frame(), 140, 40);
		expect(app.frame().split('\n')).toHaveLength(39);
	});

	test('a narrow terminal shows one pane at a time, full width: topic names and headlines stay readable', async () => {
		app = await startTestApp({columns: 50, rows: 16});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const topic = briefing.topics[0]!;
		// Starts in the stories of the first topic, the topic named in the pane title.
		let frame = app.frame();
		expect(frame).not.toContain('│');
		expect(frame).toContain(`Stories — ${topic.name}`);
		expect(frame).toContain(topic.stories[0]!.headline.slice(0, 25));
		assertFits(frame, 50, 16);
		// Back out to the topics: whole names, with their counts.
		await app.press(keys.esc);
		frame = app.frame();
		expect(frame).not.toContain('Stories —');
		for (const {name} of briefing.topics.slice(0, 8)) {
			expect(frame).toContain(name);
		}

		assertFits(frame, 50, 16);
		// Into the second topic.
		await app.press('j', keys.enter);
		expect(app.frame()).toContain(`Stories — ${briefing.topics[1]!.name}`);
		// Wide again: both panes.
		await app.resize(100, 30);
		expect(app.frame()).toContain('│');
		expect(app.frame()).toContain('Topics');
	});

	test('a topic that is never a story\'s first topic (one the user just added) is listed, with those stories', async () => {
		const {defaultTopics} = await import('../../source/config/default-topics.js');
		// The same terms as Sport, listed after it: Sport wins every tie, so this topic always comes second.
		const topics = defaultTopics();
		const sport = topics.find(topic => topic.name === 'Sport')!;
		app = await startTestApp({topics: [...topics, {...sport, name: 'Team sports'}], columns: 100, rows: 40});
		const briefing = await app.services.getBriefing({unreadOnly: false});
		const listed = new Set(briefing.topics.map(topic => topic.name));
		const tagged = new Map(briefing.topics.flatMap(topic => topic.stories).filter(story => story.topics.includes('Team sports')).map(story => [story.id, story]));
		expect(listed.has('Team sports')).toBe(false);
		expect(tagged.size).toBeGreaterThan(0);
		const frame = app.frame();
		expect(frame).toMatch(new RegExp(`Team sports +${tagged.size} +${[...tagged.values()].filter(story => story.unread).length}[•+]`, 'u'));
		// Listed before "Other", which stays last.
		const rows = frame.split('\n');
		expect(rows.findIndex(row => row.includes('Team sports'))).toBeLessThan(rows.findIndex(row => /^.Other /u.test(row)));
		// Last but one in the topics pane: the row above "Other".
		await app.press('h', 'G', 'k');
		expect(app.frame()).toMatch(/▸Team sports/u);
		const opened = await app.waitFor(`Stories — Team sports (${tagged.size})`);
		expect(opened).toContain([...tagged.values()][0]!.headline.slice(0, 20));
	});

	test('NO_COLOR: no colour codes at all; with colour the theme uses them', async () => {
		app = await startTestApp({env: {NO_COLOR: '1'}});
		expect(app.stdout.lastFrame()).not.toMatch(/\u001B\[3[0-9]m/);
		app.unmount();
		app = await startTestApp({env: {}});
		// Colour only shows when the terminal supports it; chalk decides from FORCE_COLOR in tests.
		expect(app.frame()).toContain('Stories —');
	});

	test('the language follows the locale unless the settings name one', async () => {
		app = await startTestApp({language: 'auto', env: {NO_COLOR: '1', LANG: 'de_DE.UTF-8'}});
		expect(app.frame()).toContain('Geschichten —');
		app.unmount();
		app = await startTestApp({language: 'auto', env: {NO_COLOR: '1', LANG: 'de_DE.UTF-8'}, settings: {uiLanguage: 'en'}});
		expect(app.frame()).toContain('Stories —');
	});

	test('the interface speaks German', async () => {
		app = await startTestApp({language: 'de'});
		const frame = app.frame();
		expect(frame).toContain('Lagebild');
		expect(frame).toContain('Geschichten —');
		expect(frame).toContain('? Hilfe');
		expect(await app.waitFor('aktualisiert 01.01.2026')).not.toContain('noch nicht');
	});

	test('the bundled topics are named in German in the German interface', async () => {
		app = await startTestApp({language: 'en'});
		const english = app.frame();
		app.unmount();
		app = await startTestApp({language: 'de'});
		const german = app.frame();
		const labels = messagesFor('de').topicLabels;
		const shown = Object.entries(labels).filter(([name, label]) => label !== name && english.includes(name));
		expect(shown.length).toBeGreaterThan(2);
		for (const [name, label] of shown) {
			// The topics column may cut a long name: its first word is enough to see which one it is.
			expect(german, name).toContain(label.split(' ')[0]);
		}
	});
});
