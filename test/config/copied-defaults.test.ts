// copiedDefaults: the default feeds still as a first add copied them, less those an import names.

import {describe, expect, test} from 'vitest';
import {copiedDefaults} from '../../source/config/copied-defaults.js';
import type {FeedConfig} from '../../source/model/feed.js';

const feed = (url: string, changes: Partial<FeedConfig> = {}): FeedConfig => ({url, title: url.slice(-5), tags: ['news'], enabled: true, ...changes});
const defaults = [feed('https://a.example/rss'), feed('https://b.example/rss'), feed('https://c.example/rss')];
const own = feed('https://mine.example/feed', {title: '', tags: []});

describe('copiedDefaults', () => {
	test('every default untouched beside a feed of the user\'s: all of them, less those named', () => {
		expect(copiedDefaults([...defaults, own], defaults).map(entry => entry.url)).toEqual(defaults.map(entry => entry.url));
		expect(copiedDefaults([own, ...defaults], defaults, ['https://b.example/rss']).map(entry => entry.url)).toEqual(['https://a.example/rss', 'https://c.example/rss']);
	});

	test('nothing once one is gone, retitled, retagged or switched off, or when the list is the defaults alone', () => {
		expect(copiedDefaults([defaults[0]!, defaults[1]!, own], defaults)).toEqual([]);
		expect(copiedDefaults([defaults[0]!, defaults[1]!, {...defaults[2]!, title: 'Mine'}, own], defaults)).toEqual([]);
		expect(copiedDefaults([defaults[0]!, defaults[1]!, {...defaults[2]!, tags: []}, own], defaults)).toEqual([]);
		expect(copiedDefaults([defaults[0]!, defaults[1]!, {...defaults[2]!, enabled: false}, own], defaults)).toEqual([]);
		expect(copiedDefaults([...defaults], defaults)).toEqual([]);
	});
});
