// One person, one role in a story: a quote whose sentence named no role shows the one the story knows (walk 12 #238),
// in the app and in lagebild brief's text and Markdown.

import {describe, expect, test} from 'vitest';
import {messagesFor} from '../../source/i18n/index.js';
import type {BriefingPerson, BriefingQuote, Story} from '../../source/model/briefing.js';
import {renderBriefingMarkdown} from '../../source/output/briefing-markdown.js';
import {renderBriefingText} from '../../source/output/briefing-text.js';
import {storyDocument} from '../../source/ui/state/story-lines.js';
import type {Line} from '../../source/ui/text/line.js';

const now = new Date('2018-01-31T12:00:00.000Z');
const text = (line: Line) => line.map(part => part.text).join('');

function quote(text: string, speaker: string, role: string, kind: BriefingQuote['kind'] = 'direct'): BriefingQuote {
	return {text, speaker, role, kind, articleId: 'a1', outlet: 'The Guardian', start: 0, end: text.length};
}

function story(quotes: BriefingQuote[], people: BriefingPerson[]): Story {
	return {
		id: 's1', headline: 'The kind of night Donald Trump loves best', summary: '', topics: ['US politics'], outlets: ['The Guardian'],
		articles: [{id: 'a1', title: 'The kind of night', url: 'https://example.org/a1', feed: 'The Guardian', published: now.toISOString()}],
		quotes, people, firstPublished: now.toISOString(), lastPublished: now.toISOString(), score: 1, isNew: false, unread: true,
	};
}

const heads = (document: ReturnType<typeof storyDocument>) => document.items.map(item => text(document.lines[item.first]!));

describe('a speaker\'s role on every quote of a story', () => {
	test('quotes of one person read with the role one of them names, and so does their people row', () => {
		const document = storyDocument(story([
			quote('Extraordinary success', 'Donald Trump', ''),
			quote('righteous mission', 'Donald Trump', 'US president', 'partial'),
			quote('We have endured floods and fires and storms', 'Donald Trump', ''),
		], [{name: 'Donald Trump', role: '', aliases: [], quoteCount: 3}]), 100, messagesFor('en'), now);
		const [first, second, third, person] = heads(document);
		expect(first).toBe('Donald Trump — US president — The Guardian');
		expect(second).toBe('Donald Trump — US president — The Guardian (partial)');
		expect(third).toBe('Donald Trump — US president — The Guardian');
		expect(person).toBe('  Donald Trump — US president (3 quotes)');
	});

	test('the people list\'s role fills a quote without one; a quote\'s own role is kept; others\' roles are not lent', () => {
		const document = storyDocument(story([
			quote('Das Telefongespräch ist zu Ende gegangen', 'Dmitri Peskow', ''),
			quote('Es war ein sehr langes Gespräch', 'Dmitri Peskow', 'Sprecher des Präsidenten'),
			quote('Wir sind übereingekommen, eng zusammenzuarbeiten', 'Donald Trump', ''),
		], [{name: 'Dmitri Peskow', role: 'Kreml-Sprecher', aliases: [], quoteCount: 2}, {name: 'Donald Trump', role: '', aliases: [], quoteCount: 1}]), 100, messagesFor('de'), now);
		const [first, second, third] = heads(document);
		expect(first).toBe('Dmitri Peskow — Kreml-Sprecher — The Guardian');
		expect(second).toBe('Dmitri Peskow — Sprecher des Präsidenten — The Guardian');
		expect(third).toBe('Donald Trump — The Guardian');
	});
});

describe('brief --format text and md', () => {
	test('every quote of one person carries the role the story knows', () => {
		const shown = story([
			quote('Extraordinary success for the country', 'Donald Trump', ''),
			quote('righteous mission', 'Donald Trump', 'US president', 'partial'),
			quote('We have endured floods and fires and storms', 'Donald Trump', ''),
		], [{name: 'Donald Trump', role: '', aliases: [], quoteCount: 3}]);
		const briefing = {generatedAt: now.toISOString(), window: {from: now.toISOString(), to: now.toISOString()}, topics: [{name: 'US politics', stories: [shown]}]};
		const text = renderBriefingText(briefing, {width: 200});
		const markdown = renderBriefingMarkdown(briefing);
		for (const words of ['Extraordinary success for the country', 'righteous mission', 'We have endured floods and fires and storms']) {
			expect(text).toContain(`${words}” — Donald Trump (US president), The Guardian`);
			expect(markdown).toContain(`${words}” — Donald Trump (US president), *The Guardian*`);
		}
	});
});
