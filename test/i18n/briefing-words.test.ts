// One i18n system: the printed briefing's words and the command line's come from source/i18n, with one plural rule;
// the Markdown briefing speaks German under German as the text one does.

import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {cliText} from '../../source/i18n/cli-text.js';
import {count, format} from '../../source/i18n/index.js';
import {oneOrMany, plural} from '../../source/i18n/plural.js';
import type {Briefing, Story} from '../../source/model/briefing.js';
import {renderBriefingMarkdown} from '../../source/output/briefing-markdown.js';
import {renderBriefingText} from '../../source/output/briefing-text.js';

function story(id: string, outlets: string[], extra: Partial<Story> = {}): Story {
	return {
		id, headline: `Headline ${id}`, summary: 'What happened.', topics: ['Science & health', 'Ukraine war'], outlets,
		articles: Array.from({length: 8}, (_, index) => ({id: `${id}-${index}`, title: `Report ${index}`, url: `https://example.org/${id}/${index}`, feed: outlets[0]!, published: '2026-01-01T10:00:00.000Z'})),
		quotes: [{text: 'Wir tun alles', speaker: 'Anna Berg', role: 'Ministerin', kind: 'direct', articleId: `${id}-0`, outlet: outlets[0]!, start: 0, end: 1}, {text: 'no name given', speaker: '', role: '', kind: 'direct', articleId: `${id}-1`, outlet: outlets[0]!, start: 0, end: 1}],
		people: [], firstPublished: '2026-01-01T10:00:00.000Z', lastPublished: '2026-01-01T10:00:00.000Z', score: 1, isNew: false, unread: true, ...extra,
	};
}

const briefing: Briefing = {
	generatedAt: '2026-01-01T12:00:00.000Z',
	window: {from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T12:00:00.000Z'},
	topics: [{name: 'Science & health', stories: [story('a', ['ESPN']), story('b', ['ESPN', 'MLB.com'])]}],
};

describe('the plural rule', () => {
	it('one for 1, many otherwise, the count written as asked', () => {
		expect(plural(1, 'feed', 'feeds')).toBe('1 feed');
		expect(plural(0, 'feed', 'feeds')).toBe('0 feeds');
		expect(plural(1234, 'neuer Artikel', 'neue Artikel', n => n.toLocaleString('de-DE'))).toBe('1.234 neue Artikel');
		expect(oneOrMany(1, 'ist', 'sind')).toBe('ist');
		expect(count(1, 'one quote', '{n} quotes')).toBe('one quote');
		expect(count(1200, 'one quote', '{n} quotes', n => format('{n}k', {n: n / 1000}))).toBe('1.2k quotes');
	});

	it('the language tables choose a word\'s number only through i18n/plural.ts', () => {
		const root = path.resolve(import.meta.dirname, '..', '..', 'source');
		const files = ['i18n', 'output'].flatMap(folder => readdirSync(path.join(root, folder)).map(name => path.join(folder, name)));
		const ternaries = files
			.filter(file => file !== path.join('i18n', 'plural.ts') && file.endsWith('.ts'))
			.flatMap(file => readFileSync(path.join(root, file), 'utf8').split('\n').filter(line => /\b\w+(?:\.length)? === 1 \?/u.test(line)).map(line => `${file}: ${line.trim()}`));
		expect(ternaries).toEqual([]);
	});

	it('the command line\'s words come from the same rule', () => {
		expect(cliText('en').interrupted(2, 1, 1)).toBe('Interrupted: 2 of 1 feed done, 1 new article stored; the next refresh goes on.');
		expect(cliText('en').interrupted(2, 3, 1500)).toBe('Interrupted: 2 of 3 feeds done, 1,500 new articles stored; the next refresh goes on.');
		expect(cliText('de').returned(1, 30)).toMatch(/^1 davon ist zurück: die Aufbewahrung hatte ihn /u);
		expect(cliText('en').skippedOld(1, 1)).toBe('1 item older than 1 day skipped (the retention setting).');
		expect(cliText('en').skippedOld(0, 30)).toBe('');
	});
});

describe('the Markdown briefing', () => {
	it('speaks German under German: title, counts, topics, quotation marks, the unnamed, what is left out', () => {
		const md = renderBriefingMarkdown(briefing, {language: 'de', maxStories: 1});
		expect(md).toMatch(/^# Lagebild\n/u);
		expect(md).toContain('## Wissenschaft & Gesundheit\n');
		expect(md).toContain('*1 Medium: ESPN · Themen: Wissenschaft & Gesundheit, Ukraine-Krieg*');
		expect(md).toContain('> „Wir tun alles“ — Anna Berg (Ministerin), *ESPN*');
		expect(md).toContain('> „no name given“ — ohne Namen, *ESPN*');
		expect(md).toContain('- … 2 frühere');
		expect(md).toContain('*… 1 weitere Geschichte*');
		expect(renderBriefingMarkdown({...briefing, topics: []}, {language: 'de'})).toContain('Keine Artikel in diesem Zeitraum.');
	});

	it('in English as before', () => {
		const md = renderBriefingMarkdown(briefing, {maxStories: 1});
		expect(md).toMatch(/^# Briefing\n/u);
		expect(md).toContain('## Science & health\n');
		expect(md).toContain('*1 outlet: ESPN · topics: Science & health, Ukraine war*');
		expect(md).toContain('> “Wir tun alles” — Anna Berg (Ministerin), *ESPN*');
		expect(md).toContain('> “no name given” — unnamed, *ESPN*');
		expect(md).toContain('- … 2 earlier');
		expect(md).toContain('*… 1 more story*');
	});

	it('says the same counts as the text briefing in each language', () => {
		for (const language of ['en', 'de'] as const) {
			const text = renderBriefingText(briefing, {language});
			const md = renderBriefingMarkdown(briefing, {language});
			const outlets = /\b2 (\p{L}+): ESPN, MLB\.com/u;
			expect(md.match(outlets)?.[1], language).toBe(text.match(outlets)?.[1]);
		}
	});
});
