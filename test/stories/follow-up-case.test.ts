// The follow-up gold case (one feed's story told over a day, beside other events of the same person): complete and scored by default.

import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {defaultClusterBases, loadClusterCase} from '../../source/eval/cluster-cases.js';
import {evaluateStories} from '../../source/eval/stories.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const followUpCase = path.join(repoRoot, 'test', 'fixtures', 'clusters-en-2018-01-31');

describe('the follow-up gold case', () => {
	it('is scored by eval:stories without arguments', () => {
		expect(defaultClusterBases(repoRoot)).toContain(followUpCase);
	});

	it('labels every item but the one left out (a cartoon, see SOURCES.md) and every label meets its item', async () => {
		const entries = JSON.parse(readFileSync(path.join(followUpCase, 'gold.json'), 'utf8')) as Array<{title: string}>;
		const clusterCase = await loadClusterCase(followUpCase);
		expect(clusterCase.articles).toHaveLength(entries.length + 1);
		expect(clusterCase.gold.size).toBe(entries.length);
	});

	// The Guardian's match and transfer deadline live blogs, one story before two live blogs of one feed were two events.
	it('keeps its B-cubed F1 and precision (measured 0.950 and 1.000; 0.942 and 0.981 before the live-blog rule, 0.939 before the follow-up rule)', async () => {
		const [result] = await evaluateStories([followUpCase]);
		expect(result!.f1).toBeGreaterThanOrEqual(0.95);
		expect(result!.precision).toBe(1);
	});
});
