// `lagebild brief --topic`: a topic that does not exist is a usage error; one with no stories says so.

import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import {cli} from './run-cli.js';

const feed = fileURLToPath(new URL('../../../shared/fixtures/feeds/tagesschau-2021-02-18.rss', import.meta.url));

describe('brief --topic', () => {
	test('an unknown topic exits 2 with the topic list and prints no briefing', async () => {
		const home = await mkdtemp(path.join(tmpdir(), 'lagebild-brief-'));
		const result = await cli(home, 'brief', '--source', feed, '--since', 'all', '--topic', 'Ukrane war');
		expect(result.code).toBe(2);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('there is no topic "Ukrane war"');
		expect(result.stderr).toContain('Ukraine war');
		expect(result.stderr).toContain('Other');
	});

	test('a known topic matches in any case; one without stories exits 0 and says how to widen the window', async () => {
		const home = await mkdtemp(path.join(tmpdir(), 'lagebild-brief-'));
		const all = JSON.parse((await cli(home, 'brief', '--source', feed, '--since', 'all', '--format', 'json')).stdout) as {topics: Array<{name: string}>};
		const present = all.topics[0]!.name;
		const found = await cli(home, 'brief', '--source', feed, '--since', 'all', '--format', 'json', '--topic', present.toUpperCase());
		expect(found.code).toBe(0);
		expect((JSON.parse(found.stdout) as {topics: Array<{name: string}>}).topics.map(topic => topic.name)).toEqual([present]);
		const absent = ['Sport', 'Culture', 'Africa', 'Latin America'].find(name => !all.topics.some(topic => topic.name === name))!;
		const empty = await cli(home, 'brief', '--source', feed, '--since', 'all', '--topic', absent);
		expect(empty.code).toBe(0);
		expect(empty.stderr).toContain(`no stories for topic "${absent}" in this window`);
	});

	test('the German label the interface shows names the topic too (Ukraine-Krieg, Deutschland)', async () => {
		const home = await mkdtemp(path.join(tmpdir(), 'lagebild-brief-'));
		const all = JSON.parse((await cli(home, 'brief', '--source', feed, '--since', 'all', '--format', 'json')).stdout) as {topics: Array<{name: string}>};
		const labels = messagesFor('de').topicLabels;
		const present = all.topics.map(topic => topic.name).find(name => Object.hasOwn(labels, name) && labels[name] !== name)!;
		const found = await cli(home, 'brief', '--source', feed, '--since', 'all', '--format', 'json', '--topic', labels[present]!.toLowerCase());
		expect(found.code).toBe(0);
		expect((JSON.parse(found.stdout) as {topics: Array<{name: string}>}).topics.map(topic => topic.name)).toEqual([present]);
	});
});
