// Runs the real topic matcher on the topics gold set, the way the app analyses an article.

import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {defaultTopics} from '../config/default-topics.js';
import {assignTopics, compileTopics, type TopicScore} from '../analysis/topics/match.js';
import {analyzeArticle} from '../briefing/analysis-cache.js';
import type {TopicDefinition} from '../model/topic.js';
import {goldArticle, readTopicsGold, type TopicsGoldRecord} from './topics-gold.js';
import {scoreTopicCases, type TopicsScore} from './topics-score.js';

export type TopicsGoldPart = 'dev' | 'test';

export interface TopicsRecordResult {
	record: TopicsGoldRecord;
	predicted: string[];
	scores: TopicScore[];
}

export interface TopicsPartResult {
	part: TopicsGoldPart;
	records: TopicsRecordResult[];
	/** Every record. */
	all: TopicsScore;
	/** Without the records marked doubtful. */
	certain: TopicsScore;
}

export function defaultGoldDir(): string {
	return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'fixtures', 'topics-gold');
}

/**
 * Scores one part of the gold. Each record becomes the Article the app stored and goes through the app's own
 * analysis (analyzeArticle: same title/body choice, language and tokens) and assignTopics, as a one-report story.
 */
export function evaluateTopicsPart(part: TopicsGoldPart, options: {dir?: string; topics?: TopicDefinition[]} = {}): TopicsPartResult {
	const topics = options.topics ?? defaultTopics();
	const compiled = compileTopics(topics);
	const names = topics.map((topic) => topic.name);
	const records = readTopicsGold(path.join(options.dir ?? defaultGoldDir(), `${part}.jsonl`));
	for (const record of records) {
		const unknown = record.topics.filter((name) => !names.includes(name));
		if (unknown.length > 0) throw new Error(`gold names unknown topics: ${unknown.join(', ')} (${record.title})`);
	}
	const results = records.map((record, index): TopicsRecordResult => {
		const scores = analyzeArticle(goldArticle(record, index), compiled).topics;
		return {record, predicted: assignTopics(scores), scores};
	});
	const cases = (list: TopicsRecordResult[]) => list.map((result) => ({gold: result.record.topics, predicted: result.predicted}));
	return {
		part,
		records: results,
		all: scoreTopicCases(cases(results), names),
		certain: scoreTopicCases(cases(results.filter((result) => result.record.note !== 'doubtful')), names),
	};
}
