import {describe, expect, test} from 'vitest';
import {keepInkOutputCaches, trimOldest} from '../../source/ui/ink-output-cache.js';
import {keys} from '../helpers/render.js';
import {startTestApp} from './app-fixture.js';

/** Every frame (with its escape codes) of one walk through the app: lists, panes, a story, the reader, help. */
async function walk(warmInkRows = false): Promise<string[]> {
	const app = await startTestApp({env: {}, warmInkRows});
	const frames = [app.stdout.lastFrame()];
	try {
		for (const key of ['j', 'j', 'j', 'k', keys.tab, 'j', 'j', keys.tab, 'G', 'g', keys.enter, 'j', keys.enter, 'j', keys.left, keys.left, '?', 'j', keys.esc]) {
			await app.press(key);
			frames.push(app.stdout.lastFrame());
		}
	} finally {
		app.unmount();
	}

	return frames;
}

describe('Ink line caches kept between frames', () => {
	test('applies to this Ink and draws exactly the frames Ink draws without it', async () => {
		const plain = await walk();
		expect(new Set(plain).size).toBeGreaterThan(10);
		expect(await keepInkOutputCaches()).toBe(true);
		// Twice: the second walk meets every line already in the shared cache.
		expect(await walk()).toEqual(plain);
		expect(await walk()).toEqual(plain);
		// With the selected story's rows put into the caches ahead of each open (ink-row-warmer.ts).
		expect(await walk(true)).toEqual(plain);
	});
});

describe('a full line cache', () => {
	test('drops its oldest half and keeps the lines written last, in order', () => {
		const cache = new Map(Array.from({length: 11}, (_, index) => [`line ${index}`, index] as const));
		trimOldest(cache, 12);
		expect(cache.size).toBe(11);
		trimOldest(cache, 10);
		expect([...cache.keys()]).toEqual(['line 6', 'line 7', 'line 8', 'line 9', 'line 10']);
	});
});
