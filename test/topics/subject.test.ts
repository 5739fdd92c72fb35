// Whether a text is about a topic at all: headline, lead, density, strands, nationality adjectives, outlet names (match.ts).

import {describe, expect, it} from 'vitest';
import {assignTopics, combineTopicScores, compileTopics, densityLength, leadLength, minTopicScore, scoreTopics, strandFactor} from '../../source/analysis/topics/match.js';
import {analyzeArticle} from '../../source/briefing/analysis-cache.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {goldArticle, readTopicsGold} from '../../source/eval/topics-gold.js';

const compiled = compileTopics([
	{name: 'Wetter', terms: ['Regen', 'Hagel', 'Sturm', 'Nebel']},
	{name: 'Vulkane', terms: ['Vulkan']},
	{name: 'Asien', terms: ['Japan', 'Japanese']},
	{name: 'Nahost', terms: ['Syria', 'Syrian']},
	{name: 'Russland', terms: ['Russia']},
	{name: 'USA', terms: ['Washington']},
]);
const scoreOf = (title: string, body: string, language = 'de') => scoreTopics({title, body, language}, compiled);
const topicsOf = (title: string, body: string, language = 'de') => assignTopics(scoreOf(title, body, language));
/** `count` filler words (letters only: a number would be a word of its own) that match no topic. */
const filler = (count: number) => Array.from({length: count}, (_, index) => `wort${'abcdefghij'[index % 10]}`).join(' ');

describe('a topic is the subject of a text', () => {
	it('only when the headline or the lead names it: the same words past the lead are a passing theme', () => {
		const words = 'Regen Hagel Sturm Nebel.';
		// Four different weather words (score 4) in the lead of a short text: the subject.
		expect(topicsOf('Ein Bericht', `${words} ${filler(100)}`)).toEqual(['Wetter']);
		// The same four words after the first leadLength words: not in the lead, and 4 is less than a strand needs.
		const late = scoreOf('Ein Bericht', `${filler(leadLength)} ${words} ${filler(50)}`);
		expect(late).toEqual([{name: 'Wetter', score: 4, mentions: 4, subject: false}]);
		expect(assignTopics(late)).toEqual([]);
		// In the headline, the body's place does not matter.
		expect(topicsOf('Regen im Tal', `${filler(leadLength)} Regen.`)).toEqual(['Wetter']);
	});

	it('in a long text, only when the lead\'s topic weighs minTopicScore × √(words / densityLength)', () => {
		expect(densityLength).toBe(400);
		// Hagel, Sturm and Nebel once each in the lead: score 3. In 350 words that is enough; in 1,600 it needs 3 × √4 = 6.
		expect(topicsOf('Ein Bericht', `Hagel, Sturm und Nebel. ${filler(345)}`)).toEqual(['Wetter']);
		const long = scoreOf('Ein Bericht', `Hagel, Sturm und Nebel. ${filler(1596)}`);
		expect(long[0]).toMatchObject({name: 'Wetter', score: 3, subject: false});
		expect(assignTopics(long)).toEqual([]);
		// Twelve mentions more of Regen later in the long text (√12 ≈ 3.46): 6.46 ≥ 6, the subject again.
		const more = scoreOf('Ein Bericht', `Hagel, Sturm und Nebel. ${filler(800)} ${'Regen. '.repeat(12)} ${filler(784)}`);
		expect(more[0]!.score).toBeGreaterThanOrEqual(minTopicScore * 2);
		expect(assignTopics(more)).toEqual(['Wetter']);
	});

	it('past the lead, when it is a strand: strandFactor times what the lead would need', () => {
		expect(strandFactor).toBe(2);
		// 400 words: the lead needs 3, a strand 6. Vulkan 36 times after the lead: √36 = 6.
		const strand = scoreOf('Ein Bericht', `${filler(leadLength)} ${'Vulkan. '.repeat(36)} ${filler(314)}`);
		expect(strand[0]).toMatchObject({name: 'Vulkane', score: 6, subject: true});
		// 35 times (√35 ≈ 5.92): a passing theme.
		const passing = scoreOf('Ein Bericht', `${filler(leadLength)} ${'Vulkan. '.repeat(35)} ${filler(315)}`);
		expect(passing[0]).toMatchObject({name: 'Vulkane', subject: false});
		expect(assignTopics(passing)).toEqual([]);
	});

	it('not by a nationality adjective in the headline alone: it says where a thing is from', () => {
		// "Japanese" counts as one mention (1 < 3); "Japan" as a headline term (3).
		expect(scoreOf('Japanese monkeys attack a city', '', 'en')).toEqual([{name: 'Asien', score: 1, mentions: 3, subject: false}]);
		expect(topicsOf('Japanese monkeys attack a city', '', 'en')).toEqual([]);
		expect(topicsOf('Japan votes on Sunday', '', 'en')).toEqual(['Asien']);
		// Among the topics a text belongs to, the adjective still marks the subject. Nahost: 1 + √4 = 3, mentions 3 + 4 = 7;
		// Russland: 3 + √2 ≈ 4.41, mentions 3 + 2 = 5. Counted as one mention for the order too, Nahost would have 5 and
		// come second on the score.
		const talks = scoreOf('Russia-backed Syrian peace talks agree deal', 'Syria, Syria, Syria and Syria. Russia and Russia.', 'en');
		expect(talks.find((entry) => entry.name === 'Nahost')).toMatchObject({score: 3, mentions: 7});
		expect(assignTopics(talks)).toEqual(['Nahost', 'Russland']);
	});

	it('not by the outlet\'s name that an aggregator puts at the title\'s end', () => {
		const headline = 'Lottery jackpot reaches a billion dollars';
		// Google News credits each headline to its outlet in the body.
		const body = `${headline}\u00a0\u00a0The Washington Post`;
		expect(topicsOf(`${headline} - The Washington Post`, body, 'en')).toEqual([]);
		// A part that no body, feed or address names as the outlet stays in the headline.
		expect(topicsOf('Lottery jackpot reaches a billion - Washington', '', 'en')).toEqual(['USA']);
		expect(topicsOf('Washington sets a lottery record', '', 'en')).toEqual(['USA']);
	});

	it('of a story when it is the subject of one of its reports', () => {
		const passing = {name: 'Wetter', score: 4, mentions: 4, subject: false};
		expect(assignTopics(combineTopicScores([[passing], [passing], [passing]]))).toEqual([]);
		expect(assignTopics(combineTopicScores([[passing], [{name: 'Wetter', score: 3, mentions: 3, subject: true}]]))).toEqual(['Wetter']);
		// Scores stored before `subject` existed count as the subject.
		expect(assignTopics(combineTopicScores([[{name: 'Wetter', score: 4, mentions: 4}]]))).toEqual(['Wetter']);
	});
});

describe('topic-less articles of the DEV gold', () => {
	const records = readTopicsGold(new URL('../fixtures/topics-gold/dev.jsonl', import.meta.url).pathname);
	const topics = compileTopics(defaultTopics());
	const assigned = (title: string) => {
		const index = records.findIndex((record) => record.title.startsWith(title));
		expect(index).toBeGreaterThanOrEqual(0);
		return assignTopics(analyzeArticle(goldArticle(records[index]!, index), topics).topics);
	};

	it('stay without a topic when their topic words are passing mentions', () => {
		// A Berlin fire whose closing paragraphs are on the arms maker next door (Germany, Technology, NATO before).
		expect(assigned('Brand in Betrieb in Lichterfelde')).toEqual([]);
		// Disney holiday tips whose last paragraph names the World Cup (Sport before).
		expect(assigned("'I sell Disney World holidays")).toEqual([]);
		// A Japanese city's monkeys (China & Asia before).
		expect(assigned('Japanese city alarmed by biting')).toEqual([]);
	});

	it('while articles about a topic keep it', () => {
		expect(assigned('Waffenlieferungen an Israel')).toContain('Middle East');
		expect(assigned('Kiew erneut Ziel russischer Drohnenangriffe')).toEqual(['Ukraine war']);
	});
});
