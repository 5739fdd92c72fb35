// The quick read of config.json (isCompleteConfig) takes only files conf itself would read unchanged.

import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, describe, expect, it} from 'vitest';
import {ConfigFile, openConf} from '../../source/config/config-file.js';
import {isCompleteConfig} from '../../source/config/schema.js';

const home = mkdtempSync(path.join(tmpdir(), 'lagebild-complete-config-'));

afterAll(() => {
	rmSync(home, {recursive: true, force: true});
});

/** A value of a field: mostly well-formed, sometimes of another type, sometimes absent (undefined). */
function field<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
	return fc.oneof({weight: 40, arbitrary: good}, {weight: 1, arbitrary: fc.constant(undefined)}, {weight: 1, arbitrary: fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}))});
}

function record(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
	return fc.record(fields).map(value => Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)));
}

const strings = fc.array(fc.string({maxLength: 6}), {maxLength: 3});
const feed = record({
	url: field(fc.oneof({weight: 6, arbitrary: fc.constantFrom('https://example.org/feed', 'HTTP://example.org/')}, {weight: 1, arbitrary: fc.constantFrom('ftp://example.org/', 'example.org', 'http:/x')})),
	title: field(fc.string({maxLength: 8})),
	tags: field(strings),
	enabled: field(fc.boolean()),
	language: field(fc.constantFrom('de', 'en')),
	extra: field(fc.string()),
});
const topic = record({name: field(fc.string({minLength: 0, maxLength: 4})), terms: field(strings), entities: field(strings)});

/** Mostly inside [min, max]; now and then a boundary, or just outside one, or a fraction. */
function number(min: number, max: number): fc.Arbitrary<number> {
	return fc.oneof(
		{weight: 12, arbitrary: fc.integer({min: Math.ceil(min), max: Math.floor(max)})},
		{weight: 1, arbitrary: fc.constantFrom(min, max, min - 1, max + 1, min + 0.5, 0)},
	);
}

const settings = record({
	concurrency: field(number(1, 64)),
	timeoutSeconds: field(number(0, 600)),
	maxBodyBytes: field(number(1024, 1e7)),
	maxItemsPerFeed: field(number(1, 500)),
	maxArticleChars: field(number(100, 1e6)),
	retentionDays: field(number(0, 365)),
	autoRefreshMinutes: field(number(0, 120)),
	uiLanguage: field(fc.constantFrom('auto', 'en', 'de', 'fr')),
	storyWindowHours: field(number(0, 168)),
	unknownSetting: field(fc.string()),
});
const config = record({
	feeds: field(fc.array(field(feed), {maxLength: 3})),
	topics: field(fc.array(field(topic), {maxLength: 2})),
	settings: field(settings),
	keymap: field(fc.dictionary(fc.constantFrom('quit', 'up', 'down'), field(strings))),
	extra: field(fc.integer()),
});

describe('isCompleteConfig', () => {
	it('accepts only files conf opens without an error and without rewriting them', async () => {
		let accepted = 0;
		let checked = 0;
		await fc.assert(fc.asyncProperty(config, async value => {
			const text = JSON.stringify(value);
			const file = path.join(home, 'config.json');
			checked++;
			writeFileSync(file, text);
			if (!isCompleteConfig(JSON.parse(text))) return;
			accepted++;
			const conf = await openConf(home);
			expect(conf.store).toEqual(JSON.parse(text));
			expect(readFileSync(file, 'utf8')).toBe(text);
		}), {numRuns: 400});
		// The generator reaches the quick path often enough for the property to mean something.
		expect(accepted).toBeGreaterThan(checked / 10);
		expect(accepted).toBeLessThan(checked);
	});

	it('takes what ConfigFile writes, and refuses a file conf would complete or reject', async () => {
		const config = await ConfigFile.open(mkdtempSync(path.join(home, 'written-')));
		await config.update({feeds: [{url: 'https://example.org/feed', title: 'Example', tags: ['x'], enabled: true}], settings: {concurrency: 8}, keymap: {quit: ['q']}});
		expect(isCompleteConfig(JSON.parse(readFileSync(config.path, 'utf8')))).toBe(true);
		expect(isCompleteConfig({feeds: [{url: 'https://example.org/feed'}], topics: [], settings: {}, keymap: {}})).toBe(false);
		expect(isCompleteConfig({feeds: [], topics: [], settings: {}})).toBe(false);
		expect(isCompleteConfig({feeds: [], topics: [], settings: {concurrency: 65}, keymap: {}})).toBe(false);
		expect(isCompleteConfig({feeds: [], topics: [{name: '', terms: []}], settings: {}, keymap: {}})).toBe(false);
	});
});
