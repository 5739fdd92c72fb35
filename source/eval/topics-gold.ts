// The topics gold set (test/fixtures/topics-gold/*.jsonl): reading its records and turning them into Articles.

import {readFileSync} from 'node:fs';
import type {Article} from '../model/article.js';

/** One hand-labelled article, with the text the app stored for it. */
export interface TopicsGoldRecord {
	feed: string;
	itemId: string;
	url: string;
	outlet: string;
	language: string;
	title: string;
	summary: string;
	content: string;
	/** Topic names; empty when the article belongs to no topic. */
	topics: string[];
	/** "doubtful": a border case a careful reader could label otherwise. */
	note?: string;
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((entry) => typeof entry === 'string');
}

/** Reads a JSON-lines gold file; throws naming the line when a record lacks a field. */
export function readTopicsGold(file: string): TopicsGoldRecord[] {
	const lines = readFileSync(file, 'utf8').split('\n');
	const records: TopicsGoldRecord[] = [];
	for (const [index, line] of lines.entries()) {
		if (line.trim() === '') continue;
		const value = JSON.parse(line) as Record<string, unknown>;
		for (const field of ['feed', 'itemId', 'outlet', 'language', 'title', 'summary', 'content'] as const) {
			if (typeof value[field] !== 'string') throw new Error(`${file}:${index + 1}: ${field} is not a string`);
		}
		if (!isStringList(value.topics)) throw new Error(`${file}:${index + 1}: topics is not a list of names`);
		records.push(value as unknown as TopicsGoldRecord);
	}
	return records;
}

/** The record as the Article the app would have stored (only the fields analysis reads carry meaning). */
export function goldArticle(record: TopicsGoldRecord, index: number): Article {
	return {
		uid: `topics-gold-${index}`,
		itemId: record.itemId,
		feedUrl: record.feed,
		feedTitle: record.outlet,
		url: record.url,
		title: record.title,
		author: '',
		published: '2026-11-26T00:00:00.000Z',
		publishedEstimated: true,
		summary: record.summary,
		content: record.content,
		language: record.language,
		fetchedAt: '2026-11-26T00:00:00.000Z',
	};
}
