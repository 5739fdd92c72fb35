// Runs the quote engine over gold folders and collects the scores (file reading lives here, not in the engine).

import {readFileSync, readdirSync, existsSync} from 'node:fs';
import path from 'node:path';
import {analyzeQuotes} from '../analysis/quotes/analyze.js';
import {articleText} from '../analysis/quotes/article-text.js';
import {scoreDocument, sumScores, type DocumentScore, type GoldFile, type GroupScore, type ScoreGroup} from './quotes-score.js';

export interface FolderScore {
	folder: string;
	documents: DocumentScore[];
	total: Record<ScoreGroup, GroupScore>;
}

/** Reads a gold folder's `*.gold.json` files with their texts, analyses each text and scores it. */
export function evaluateFolder(folder: string): FolderScore {
	const documents: DocumentScore[] = [];
	const files = readdirSync(folder).filter((name) => name.endsWith('.gold.json')).sort();
	for (const file of files) {
		const gold = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as GoldFile;
		const textPath = path.join(folder, gold.document ?? file.replace(/\.gold\.json$/, '.txt'));
		if (!existsSync(textPath)) continue;
		const lines = readFileSync(textPath, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
		const [title = '', ...paragraphs] = lines;
		const text = articleText(title, paragraphs);
		const analysis = analyzeQuotes(text, {language: gold.language ?? 'de', title});
		documents.push(scoreDocument(gold, analysis.quotes));
	}
	return {folder, documents, total: sumScores(documents)};
}
