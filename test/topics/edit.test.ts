import {describe, expect, it} from 'vitest';
import {addTopic, editTopicTerms, removeTopic, renameTopic} from '../../source/analysis/topics/edit.js';
import {defaultTopics, effectiveTopics, parseTopics} from '../../source/config/default-topics.js';

describe('topic edits', () => {
	const base = defaultTopics();

	it('ships the default topic set with German and English terms', () => {
		const names = base.map((topic) => topic.name);
		for (const name of ['Ukraine war', 'Middle East', 'Russia', 'US politics', 'Germany', 'Europe & EU', 'NATO & security', 'China & Asia', 'Africa', 'Latin America', 'Economy & markets', 'Climate & environment', 'Technology', 'Science & health', 'Sport', 'Culture']) {
			expect(names).toContain(name);
		}
		const middleEast = base.find((topic) => topic.name === 'Middle East')!;
		expect(middleEast.terms).toContain('Nahost');
		expect(middleEast.terms).toContain('Middle East');
		expect(parseTopics(JSON.parse(JSON.stringify(base)))).toEqual(base);
	});

	it('adds, renames, edits and removes without touching the input', () => {
		const added = addTopic(base, 'Bahn', ['Bahnstreik', ' GDL ', 'gdl', '']);
		expect(added).toHaveLength(base.length + 1);
		expect(added.at(-1)).toEqual({name: 'Bahn', terms: ['Bahnstreik', 'GDL']});
		expect(base).toHaveLength(16);
		const renamed = renameTopic(added, 'bahn', 'Railways');
		expect(renamed.at(-1)!.name).toBe('Railways');
		const edited = editTopicTerms(renamed, 'Railways', ['rail strike']);
		expect(edited.at(-1)!.terms).toEqual(['rail strike']);
		const removed = removeTopic(edited, 'RAILWAYS');
		expect(removed.map((topic) => topic.name)).toEqual(base.map((topic) => topic.name));
	});

	it('refuses duplicates, unknown names and empty topics', () => {
		expect(() => addTopic(base, 'sport', ['x'])).toThrow(/already/);
		expect(() => addTopic(base, 'Neu', [' '])).toThrow(/term/);
		expect(() => removeTopic(base, 'Nope')).toThrow(/no topic/);
		expect(() => renameTopic(base, 'Sport', 'Culture')).toThrow(/already/);
		expect(() => editTopicTerms(base, 'Nope', ['a'])).toThrow(/no topic/);
	});

	it('uses the configured topics once there are any', () => {
		expect(effectiveTopics([])).toEqual(base);
		expect(effectiveTopics([{name: 'X', terms: ['x']}])).toEqual([{name: 'X', terms: ['x']}]);
	});
});
