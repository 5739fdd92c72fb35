// Public face of the quote engine: who said what in an article, and one identity per person across articles.

export {analyzeQuotes, maxAnalyzedChars, type AnalyzeOptions} from './analyze.js';
export {articleText} from './article-text.js';
export {mergePeople, type MergedPeople} from '../people/merge.js';
export {nameKey, surnameKey} from '../people/name-key.js';
