import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {run as brief} from '../../source/commands/brief.js';
import {run as topicsCommand} from '../../source/commands/topics.js';
import type {CliFlags, CommandInput} from '../../source/commands/command.js';
import {renderBriefingMarkdown, escapeMarkdown} from '../../source/output/briefing-markdown.js';
import {renderBriefingText} from '../../source/output/briefing-text.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const devFeeds = path.resolve(repoRoot, '..', 'shared', 'eval', 'clusters-dev', 'googlenews-en-2022-07-28', 'feeds');
const snapshots = path.resolve(repoRoot, 'feeds', 'snapshots');
let home: string;

beforeAll(() => {
	home = mkdtempSync(path.join(os.tmpdir(), 'lagebild-brief-'));
});
afterAll(() => rmSync(home, {recursive: true, force: true}));

async function runCommand(command: (input: CommandInput) => Promise<number>, args: string[], flags: Partial<CliFlags>): Promise<{code: number; out: string; err: string}> {
	let out = '';
	let err = '';
	const code = await command({
		args,
		flags: {source: [], offline: true, tag: [], home, ...flags},
		io: {stdout: {write: (text: string) => (out += text)}, stderr: {write: (text: string) => (err += text)}, env: {}},
	});
	return {code, out, err};
}

describe('lagebild brief', () => {
	it('prints the documented JSON schema for --source files', async () => {
		const {code, out} = await runCommand(brief, [], {source: [devFeeds], format: 'json'});
		expect(code).toBe(0);
		const json = JSON.parse(out) as Record<string, unknown> & {topics: Array<{name: string; stories: Array<Record<string, unknown>>}>};
		expect(Object.keys(json)).toEqual(['version', 'generatedAt', 'window', 'topics']);
		expect(json.topics.length).toBeGreaterThan(3);
		const story = json.topics[0]!.stories[0]!;
		expect(Object.keys(story)).toEqual(expect.arrayContaining(['id', 'headline', 'summary', 'topics', 'outlets', 'articles', 'quotes', 'people']));
		const article = (story.articles as Array<Record<string, unknown>>)[0]!;
		expect(Object.keys(article)).toEqual(['id', 'title', 'url', 'feed', 'published']);
		// Every headline of the input is in exactly one story.
		const ids = json.topics.flatMap((topic) => topic.stories.flatMap((entry) => (entry.articles as Array<{id: string}>).map((item) => item.id)));
		expect(ids.length).toBe(170);
		expect(new Set(ids).size).toBe(170);
	});

	it('briefs the bundled snapshots as readable Markdown with quotes', async () => {
		const {code, out} = await runCommand(brief, [], {source: [snapshots], format: 'md'});
		expect(code).toBe(0);
		expect(out).toMatch(/^# Briefing/);
		expect(out).toContain('## Ukraine war');
		expect(out).toContain('Putin telefoniert mit Trump');
		expect(out).toMatch(/> “.+” — Pete Hegseth/);
	});

	it('filters by topic and window, and rejects a bad format or span', async () => {
		const {out} = await runCommand(brief, [], {source: [devFeeds], format: 'json', topic: 'sport', since: '24h'});
		const json = JSON.parse(out) as {topics: Array<{name: string}>};
		expect(json.topics.map((topic) => topic.name)).toEqual(['Sport']);
		await expect(runCommand(brief, [], {source: [devFeeds], format: 'pdf'})).rejects.toThrow(/text, md or json/);
		await expect(runCommand(brief, [], {source: [devFeeds], since: 'yesterday'})).rejects.toThrow(/24h/);
	});
});

describe('lagebild topics', () => {
	it('lists the defaults, then stores the user’s edits in the config', async () => {
		const listed = await runCommand(topicsCommand, ['list'], {});
		expect(listed.out).toContain('Default topics (16)');
		expect((await runCommand(topicsCommand, ['add', 'Bahn', 'Bahnstreik,GDL'], {})).code).toBe(0);
		expect((await runCommand(topicsCommand, ['rename', 'Bahn', 'Railways'], {})).code).toBe(0);
		const after = await runCommand(topicsCommand, ['list'], {});
		expect(after.out).toContain('Your topics (17)');
		expect(after.out).toContain('Railways — Bahnstreik, GDL');
		await expect(runCommand(topicsCommand, ['remove', 'Nope'], {})).rejects.toThrow(/no topic/);
		expect((await runCommand(topicsCommand, ['remove', 'railways'], {})).code).toBe(0);
		expect((await runCommand(topicsCommand, ['list'], {})).out).not.toContain('Railways');
	});
});

describe('renderers', () => {
	const briefing = {
		generatedAt: '2026-01-01T00:00:00.000Z',
		window: {from: '2025-12-30T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z'},
		topics: [{
			name: 'Sport',
			stories: [{
				id: 's1', headline: 'Yankees *acquire* [Benintendi]', summary: 'The trade was finalized on Wednesday night after long talks.',
				topics: ['Sport'], outlets: ['ESPN', 'MLB.com'],
				articles: [{id: 'a1', title: 'Yankees acquire Benintendi', url: 'https://example.org/a1', feed: 'ESPN', published: '2025-12-31T10:00:00.000Z'}],
				quotes: [{text: 'We are thrilled', speaker: 'Brian Cashman', role: 'GM', kind: 'direct' as const, articleId: 'a1', outlet: 'ESPN', start: 0, end: 10}],
				people: [], firstPublished: '2025-12-31T10:00:00.000Z', lastPublished: '2025-12-31T10:00:00.000Z', score: 1, isNew: true, unread: true,
			}],
		}],
	};

	it('escapes Markdown in feed text and links the articles', () => {
		const md = renderBriefingMarkdown(briefing);
		expect(md).toContain('Yankees \\*acquire\\* \\[Benintendi\\]');
		expect(md).toContain('[Yankees acquire Benintendi](https://example.org/a1)');
		expect(md).toContain('> “We are thrilled” — Brian Cashman (GM), *ESPN*');
		expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
	});

	it('wraps text output to the terminal width', () => {
		const text = renderBriefingText(briefing, {width: 40});
		for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(40);
		expect(text).toContain('== Sport (1) ==');
		expect(text).toContain('2 outlets: ESPN, MLB.com');
	});
});
