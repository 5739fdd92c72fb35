// A new user's first `?` on the briefing or a story: the keys, and what the screen shows — a topic, a story, + and •
// (ninth walk: the help listed keys only, and nothing said what "3 outlets", + or • mean).

import {afterEach, describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import {defaultKeymap} from '../../source/ui/keys/keymap.js';
import {helpLines} from '../../source/ui/state/help-lines.js';
import {stripAnsi} from '../helpers/render.js';
import {startTestApp, type AppUnderTest} from './app-fixture.js';

let app: AppUnderTest | undefined;
afterEach(() => {
	app?.unmount();
	app = undefined;
});

describe('the help says what the screen shows', () => {
	test('? on the briefing explains topic, story, + and • after the keys', async () => {
		app = await startTestApp({columns: 120, rows: 50});
		await app.press('?');
		const frame = stripAnsi(app.frame());
		expect(frame).toContain('What you see');
		expect(frame).toMatch(/ {3}\+ +new since you last looked/u);
		expect(frame).toMatch(/ {3}• +unread/u);
		expect(frame).toMatch(/ {3}Story +one event: the reports of several outlets merged \("3 outlets"\)/u);
		// After the keys, of the screen and of every screen: a short terminal's first page of help stays the keys.
		expect(frame.indexOf('This screen')).toBeLessThan(frame.indexOf('Everywhere'));
		expect(frame.indexOf('Everywhere')).toBeLessThan(frame.indexOf('What you see'));
	});

	test('at 80 columns, in German, a long explanation wraps under itself instead of being cut', () => {
		const rows = helpLines('story', defaultKeymap, messagesFor('de'), 80).map(line => line.map(segment => segment.text).join(''));
		expect(rows.every(row => row.length <= 80)).toBe(true);
		const start = rows.findIndex(row => row.startsWith('   Wichtige Zitate'));
		expect(start).toBeGreaterThan(0);
		const explained = [rows[start]!, rows[start + 1]!].map(row => row.slice('   Wichtige Zitate  '.length).trim()).join(' ');
		expect(explained).toContain('wer was sagte: Sprecher — Rolle — Medium; teilweise: im Satz zitierte Worte;');
		expect(rows[start + 1]!.startsWith(' '.repeat('   Wichtige Zitate  '.length))).toBe(true);
	});

	test('names the keys as bound: a rebound star or open key is the one said', () => {
		const said = (keymap: typeof defaultKeymap, screen: 'briefing' | 'story') => helpLines(screen, keymap, messagesFor('en')).map(line => line.map(segment => segment.text).join('')).join('\n');
		expect(said(defaultKeymap, 'briefing')).toContain('the articles you starred with s,');
		expect(said(defaultKeymap, 'story')).toMatch(/oldest first: (?:Enter|enter|⏎|↵) opens it/u);
		const rebound = {...defaultKeymap, star: {...defaultKeymap.star, keys: ['*']}, open: {...defaultKeymap.open, keys: ['x', 'enter']}};
		expect(said(rebound, 'briefing')).toContain('the articles you starred with *,');
		expect(said(rebound, 'story')).toContain('oldest first: x opens it');
	});

	test('screens without marks to explain keep their help to the keys', () => {
		const rows = helpLines('feeds', defaultKeymap, messagesFor('en')).map(line => line.map(segment => segment.text).join(''));
		expect(rows.some(row => row.includes('What you see'))).toBe(false);
	});
});
