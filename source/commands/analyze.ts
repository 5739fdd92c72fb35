// `lagebild analyze FILE|-`: quotes and people of a plain-text article, an HTML page or every item of an RSS/Atom file.

import {readFile} from 'node:fs/promises';
import {decodeFeedBytes} from '../feeds/decode.js';
import {analyzeQuotes} from '../analysis/quotes/analyze.js';
import {articleText} from '../analysis/quotes/article-text.js';
import {parseFeedText} from '../feeds/parse.js';
import {defaultSettings} from '../model/feed.js';
import type {QuoteAnalysis} from '../model/quote.js';
import {htmlToText} from '../text/html-to-text.js';
import {extractReadableText} from '../text/readable.js';
import {detectLanguage} from '../text/language.js';
import {shortHash} from '../text/hash.js';
import {sanitizeText} from '../text/sanitize.js';
import {type Command, UserError} from './command.js';

export interface AnalyzeInput {
	/** A file path, or "-" for standard input. */
	path: string;
	lang?: string;
	format: 'json' | 'text';
}

export interface AnalyzeIo {
	stdout: NodeJS.WritableStream;
	stdin: NodeJS.ReadableStream;
}

interface SourceArticle {
	id: string;
	title: string;
	url: string;
	/** Language the source declares, or "". */
	language: string;
	paragraphs: string[];
}

export interface AnalyzedArticle {
	id: string;
	title: string;
	url: string;
	language: string;
	/** The exact text the quote offsets index into: title, blank line, paragraphs separated by blank lines. */
	text: string;
	analysis: QuoteAnalysis;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	return Buffer.concat(chunks);
}

/** The ends of what may come before a document's root element: a processing instruction, a comment, a doctype. */
const prologEnds: ReadonlyArray<[string, string]> = [['<?', '?>'], ['<!--', '-->'], ['<!doctype', '>']];

/**
 * True when the root element is a feed's, after the prolog: the XML declaration, any number of processing
 * instructions (FeedBurner's two xml-stylesheet ones), comments and a doctype, a BOM before them. A scan with
 * indexOf, not one regex: a lazy body inside a repeated group backtracks exponentially on "<?<?<?…".
 */
function isFeed(content: string): boolean {
	const head = content.slice(0, 8000).replace(/^\uFEFF/u, '');
	let at = 0;
	for (;;) {
		while (at < head.length && /\s/u.test(head[at]!)) at++;
		const prolog = prologEnds.find(([open]) => head.startsWith(open, at) || (open === '<!doctype' && head.slice(at, at + open.length).toLowerCase() === open));
		if (!prolog) break;
		const close = head.indexOf(prolog[1], at + prolog[0].length);
		if (close < 0) return false;
		at = close + prolog[1].length;
	}

	return /^<(?:[\w.-]+:)?(?:rss|feed|RDF)\b/iu.test(head.slice(at, at + 64));
}

function isHtml(content: string): boolean {
	return /^\s*(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<p\b|<div\b)/iu.test(content.slice(0, 2000).replace(/^\uFEFF/u, ''));
}

function isWholePage(content: string): boolean {
	return /<(?:!doctype html|html\b|body\b)/iu.test(content.slice(0, 4000));
}

function splitParagraphs(text: string): string[] {
	return text.split(/\n+/u).map((line) => line.trim()).filter((line) => line !== '');
}

/** The articles in a file's content: every item of a feed, or the one article of a page or plain text. */
export async function articlesOf(content: string, path: string): Promise<SourceArticle[]> {
	if (isFeed(content)) {
		const feed = await parseFeedText(content, {feedUrl: path === '-' ? 'stdin' : path, fetchedAt: new Date().toISOString(), settings: defaultSettings});
		return feed.articles.map((article) => ({
			id: article.uid,
			title: article.title,
			url: article.url,
			language: article.language === 'und' ? '' : article.language,
			paragraphs: splitParagraphs(article.content || article.summary),
		}));
	}
	const html = isHtml(content);
	// A whole page: its article without menus, teasers and footer, titled without the site's name (as `F` does).
	const readable = html && isWholePage(content) ? extractReadableText(content) : undefined;
	if (readable) {
		const paragraphs = splitParagraphs(readable.text);
		const title = readable.title || paragraphs[0] || '';
		const body = paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
		return [{id: shortHash(`${path}\n${title}`), title, url: '', language: '', paragraphs: body}];
	}
	const titleTag = html ? /<title[^>]*>([^<]*)<\/title>/iu.exec(content)?.[1]?.trim() ?? '' : '';
	const lines = splitParagraphs(html ? htmlToText(content) : content.replace(/^\uFEFF/u, ''));
	let [title = '', ...paragraphs] = lines;
	if (html && titleTag !== '' && htmlToText(titleTag) !== title) {
		title = htmlToText(titleTag);
		paragraphs = lines;
	}
	return [{id: shortHash(`${path}\n${title}`), title, url: '', language: '', paragraphs}];
}

/** Analyses every article of the input; languages come from --lang, else the source, else detection. */
export async function analyzeArticles(content: string, path: string, lang?: string): Promise<AnalyzedArticle[]> {
	const sources = await articlesOf(content, path);
	return sources.map((source) => {
		const text = articleText(source.title, source.paragraphs);
		const detected = detectLanguage(text);
		const language = lang || source.language || (detected === 'und' ? 'en' : detected);
		return {id: source.id, title: source.title, url: source.url, language, text, analysis: analyzeQuotes(text, {language, title: source.title})};
	});
}

export function formatJson(articles: readonly AnalyzedArticle[]): string {
	return JSON.stringify(
		{
			articles: articles.map((article) => ({
				id: article.id,
				title: article.title,
				url: article.url,
				language: article.language,
				people: article.analysis.people.map((person) => ({name: person.name, role: person.role, aliases: person.aliases, ...(person.kind ? {kind: person.kind} : {})})),
				quotes: article.analysis.quotes.map((quote) => ({
					kind: quote.kind,
					text: quote.text,
					speaker: quote.speaker,
					role: quote.role,
					cue: quote.cue,
					start: quote.start,
					end: quote.end,
				})),
			})),
		},
		null,
		2,
	);
}

/** Per article: a "=== id language url ===" line, its text exactly as the offsets count it, then its quotes and people. */
export function formatText(articles: readonly AnalyzedArticle[]): string {
	const out: string[] = [];
	for (const article of articles) {
		out.push(`=== ${article.id} ${article.language} ${article.url} ===`.replace(/ +===$/u, ' ==='), article.text, '');
		out.push(`-- quotes (${article.analysis.quotes.length}) --`);
		for (const quote of article.analysis.quotes) {
			const who = quote.speaker ? `${quote.speaker}${quote.role ? ` (${quote.role})` : ''}` : '(unknown)';
			out.push(`[${quote.kind} ${quote.start}-${quote.end}] ${who}: ${quote.text}`);
		}
		out.push(`-- people (${article.analysis.people.length}) --`);
		for (const person of article.analysis.people) out.push(`${person.name}${person.role ? ` — ${person.role}` : ''}`);
		out.push('');
	}
	return out.join('\n');
}

export async function analyzeCommand(input: AnalyzeInput, io: AnalyzeIo): Promise<number> {
	// Bytes, decoded like a fetched feed: a Latin-1 RSS file names its charset only in its XML declaration.
	const bytes = input.path === '-' ? await readAll(io.stdin) : await readFile(input.path);
	// Sanitised before the analysis: the text printed is the text the offsets count in, and no escape of a piped page
	// reaches the terminal (or turns a direct quote into something else).
	const content = sanitizeText(decodeFeedBytes(bytes).text);
	const articles = await analyzeArticles(content, input.path, input.lang);
	io.stdout.write(`${input.format === 'json' ? formatJson(articles) : formatText(articles)}\n`);
	return 0;
}

/** Subcommand entry: `lagebild analyze FILE|- [--lang de|en] [--format json|text]`. */
export const run: Command = async (input) => {
	const args = [...input.args];
	let lang = input.flags.lang;
	const langAt = args.indexOf('--lang');
	if (langAt >= 0) {
		lang = args[langAt + 1];
		args.splice(langAt, 2);
	}
	const path = args[0];
	if (!path) throw new UserError('lagebild: analyze needs a file (or - for standard input).\nUsage: lagebild analyze FILE|- [--lang de|en] [--format json|text]', 2);
	const format = input.flags.format ?? 'text';
	if (format !== 'json' && format !== 'text') throw new UserError(`lagebild: --format must be json or text, not "${format}".`, 2);
	try {
		return await analyzeCommand({path, lang, format}, {stdout: input.io.stdout as NodeJS.WritableStream, stdin: process.stdin});
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') throw new UserError(`lagebild: no such file: ${path}`);
		if (code === 'EISDIR') throw new UserError(`lagebild: ${path} is a directory; analyze reads one file (or - for standard input).`);
		if (code === 'EACCES' || code === 'EPERM') throw new UserError(`lagebild: cannot read ${path}: permission denied`);
		throw error;
	}
};
