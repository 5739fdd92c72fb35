// Review R #8: topic analysis is pure — it reads no files and imports nothing of the store; the topics file is read in config/.

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {defaultTopics} from '../../source/config/default-topics.js';
import {spellingFold} from '../../source/text/spelling-fold.js';

const topicsDir = path.resolve(import.meta.dirname, '..', '..', 'source', 'analysis', 'topics');
const imports = (file: string) => [...readFileSync(path.join(topicsDir, file), 'utf8').matchAll(/^(?:import|export) [^;]*? from '([^']+)'/gmu)].map(match => match[1]!);

describe('topic analysis layering', () => {
	it('no module of analysis/topics imports node:fs or the store', () => {
		const files = readdirSync(topicsDir).filter(file => file.endsWith('.ts'));
		expect(files.length).toBeGreaterThanOrEqual(3);
		for (const file of files) {
			expect(imports(file).filter(specifier => /^(?:node:)?fs(?:\/promises)?$|\/store\//u.test(specifier)), file).toEqual([]);
		}
	});

	it('the default topics come from config/', () => {
		expect(defaultTopics().map(topic => topic.name)).toContain('Ukraine war');
	});

	it('spellingFold lives in text/', () => {
		expect(spellingFold('Selenskyj')).toBe(spellingFold('Zelensky'));
	});
});
