// Runs the quote engine over gold folders and collects the scores (file reading lives here, not in the engine).

import {readFileSync, readdirSync, existsSync} from 'node:fs';
import path from 'node:path';
import {analyzeQuotes, type AnalyzeOptions} from '../analysis/quotes/analyze.js';
import {articleText} from '../analysis/quotes/article-text.js';
import {scoreDocument, sumScores, type DocumentScore, type GoldFile, type GroupScore, type ScoreGroup} from './quotes-score.js';

export interface FolderScore {
	folder: string;
	documents: DocumentScore[];
	total: Record<ScoreGroup, GroupScore>;
}

export interface GoldDocument {
	gold: GoldFile;
	text: string;
	title: string;
	language: string;
}

/** A gold folder's `*.gold.json` files with their texts (title + paragraphs as the app joins them), in name order. */
export function goldDocuments(folder: string): GoldDocument[] {
	const documents: GoldDocument[] = [];
	const files = readdirSync(folder).filter((name) => name.endsWith('.gold.json')).sort();
	for (const file of files) {
		const gold = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as GoldFile;
		const textPath = path.join(folder, gold.document ?? file.replace(/\.gold\.json$/, '.txt'));
		if (!existsSync(textPath)) continue;
		const lines = readFileSync(textPath, 'utf8').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
		const [title = '', ...paragraphs] = lines;
		documents.push({gold, text: articleText(title, paragraphs), title, language: gold.language ?? 'de'});
	}
	return documents;
}

/** Reads a gold folder's `*.gold.json` files with their texts, analyses each text and scores it. */
export function evaluateFolder(folder: string, options: Pick<AnalyzeOptions, 'reportModel'> = {}): FolderScore {
	const documents = goldDocuments(folder).map((document) => {
		const analysis = analyzeQuotes(document.text, {...options, language: document.language, title: document.title});
		return scoreDocument(document.gold, analysis.quotes);
	});
	return {folder, documents, total: sumScores(documents)};
}
