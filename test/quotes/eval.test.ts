// The quote evaluation as a floor: the engine's figures on the seed and dev gold folders must not drop.

import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {evaluateFolder} from '../../source/eval/quotes-run.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalRoot = path.resolve(repoRoot, '..', 'shared', 'eval');

describe('quote evaluation', () => {
	it('gets every quoted passage of the seed article with the right speaker, and its indirect speech', () => {
		const {total} = evaluateFolder(path.join(evalRoot, 'seed'));
		expect(total.quoted.truePositives).toBe(9);
		expect(total.quoted.falsePositives).toBe(0);
		expect(total.quoted.speakerRight).toBe(9);
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.99);
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.99);
	});

	it('stays above the floor on the dev articles', () => {
		const {total, documents} = evaluateFolder(path.join(evalRoot, 'quotes-dev'));
		expect(documents.length).toBeGreaterThanOrEqual(6);
		expect(total.quoted.f1).toBeGreaterThanOrEqual(0.99);
		expect(total.quoted.speakerAccuracy).toBeGreaterThanOrEqual(0.96);
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.98);
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.975);
	});

	// test/fixtures/quotes-heldout: short real feed texts; blind when first scored, no longer blind since
	// rules were added after looking at its misses (bench/RESULTS-quotes-heldout.md). Floors just under the figures.
	it('stays above the floor on the held-out articles', () => {
		const {total, documents} = evaluateFolder(path.join(repoRoot, 'test', 'fixtures', 'quotes-heldout'));
		expect(documents.length).toBeGreaterThanOrEqual(12);
		expect(total.quoted.f1).toBeGreaterThanOrEqual(0.95);
		expect(total.quoted.speakerAccuracy).toBeGreaterThanOrEqual(0.98);
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.98);
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.82);
	});

	// test/fixtures/quotes-heldout-2: scored blind three times (bench/RESULTS-quotes-heldout.md), then opened to
	// look at its misses, so from here on it guards against regressions like the others. Floors just under the figures.
	it('stays above the floor on the second held-out set', () => {
		const {total, documents} = evaluateFolder(path.join(repoRoot, 'test', 'fixtures', 'quotes-heldout-2'));
		expect(documents.length).toBeGreaterThanOrEqual(18);
		expect(total.quoted.f1).toBeGreaterThanOrEqual(0.99);
		expect(total.quoted.speakerAccuracy).toBeGreaterThanOrEqual(0.94);
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.9);
		expect(total.indirect.precision).toBeGreaterThanOrEqual(0.95);
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
	});

	// test/fixtures/quotes-heldout-3: 16 full articles, scored blind at 1d10bb5 (quoted F1 0.914, speaker 0.858; indirect
	// F1 0.813, speaker 0.750), then opened for the rules of bench/RESULTS-quotes.md. Floors just under the figures.
	it('stays above the floor on the third held-out set', () => {
		const {total, documents} = evaluateFolder(path.join(repoRoot, 'test', 'fixtures', 'quotes-heldout-3'));
		expect(documents.length).toBeGreaterThanOrEqual(16);
		expect(total.quoted.f1).toBeGreaterThanOrEqual(0.96);
		expect(total.quoted.speakerAccuracy).toBeGreaterThanOrEqual(0.93);
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.865);
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.79);
	});

	// test/fixtures/quotes-heldout-4: 12 whole articles (6 de, 6 en), scored blind at d30a58e (quoted F1 0.953, speaker
	// 0.670; indirect F1 0.792, speaker 0.579), then opened for the speaker rules of bench/RESULTS-quotes.md. Floors just under.
	it('stays above the floor on the fourth held-out set', () => {
		const {total, documents} = evaluateFolder(path.join(repoRoot, 'test', 'fixtures', 'quotes-heldout-4'));
		expect(documents.length).toBeGreaterThanOrEqual(12);
		expect(total.quoted.f1).toBeGreaterThanOrEqual(0.95);
		expect(total.quoted.speakerAccuracy).toBeGreaterThanOrEqual(0.8);
		expect(total.indirect.f1).toBeGreaterThanOrEqual(0.78);
		expect(total.indirect.speakerAccuracy).toBeGreaterThanOrEqual(0.63);
	});
});
