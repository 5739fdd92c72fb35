// Quote engine speed: analyses the eval articles and real feed items many times; prints and records per-article times.
// Run after `npm run build`: node bench/quotes.mjs [--write]

import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {analyzeQuotes} from '../dist/analysis/quotes/analyze.js';
import {analyzeArticles} from '../dist/commands/analyze.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const shared = path.resolve(here, '..', '..', 'shared');

async function corpus() {
	const articles = [];
	for (const folder of ['eval/seed', 'eval/quotes-dev']) {
		const dir = path.join(shared, folder);
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
			const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((line) => line.trim() !== '');
			articles.push({name: file, language: file.startsWith('de') || file.includes('.de.') ? 'de' : 'en', text: [lines[0], ...lines.slice(1)].join('\n\n')});
		}
	}
	for (const file of ['guardian-us-politics-2018.rss', 'tagesschau-2021-02-18.rss', 'nyt-world-europe-2021-02-27.rss']) {
		const feedPath = path.join(shared, 'fixtures', 'feeds', file);
		try {
			for (const article of await analyzeArticles(readFileSync(feedPath, 'utf8'), feedPath)) {
				articles.push({name: `${file}#${article.id}`, language: article.language, text: article.text});
			}
		} catch {
			// A missing fixture only shrinks the corpus.
		}
	}
	return articles;
}

function percentile(sorted, p) {
	return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

// --cold: in this fresh process, the first 100 annotated articles (test/fixtures/quotes-*), each analysed once with
// nothing warmed up — what a fresh analysis worker pays before the JIT and the engine's tables are ready.
if (process.argv.includes('--cold')) {
	const fixtures = path.resolve(here, '..', 'test', 'fixtures');
	const texts = [];
	for (const folder of readdirSync(fixtures).filter((name) => name.startsWith('quotes-')).sort()) {
		for (const file of readdirSync(path.join(fixtures, folder)).filter((name) => name.endsWith('.txt')).sort()) {
			if (texts.length < 100) texts.push({language: file.startsWith('de') ? 'de' : 'en', text: readFileSync(path.join(fixtures, folder, file), 'utf8')});
		}
	}
	const times = [];
	const cpu = process.cpuUsage();
	const start = process.hrtime.bigint();
	for (const article of texts) {
		const one = process.hrtime.bigint();
		analyzeQuotes(article.text, {language: article.language});
		times.push(Number(process.hrtime.bigint() - one) / 1e6);
	}
	const total = Number(process.hrtime.bigint() - start) / 1e6;
	// CPU time is the fairer figure on a shared machine: wall time there is mostly waiting for a core.
	const used = process.cpuUsage(cpu);
	const sorted = [...times].sort((a, b) => a - b);
	process.stdout.write(`cold: ${texts.length} articles in a fresh process ${total.toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU (first ${times[0].toFixed(1)} ms, first 10 ${times.slice(0, 10).reduce((sum, value) => sum + value, 0).toFixed(0)} ms, median ${percentile(sorted, 0.5).toFixed(2)} ms); load ${os.loadavg().map((value) => value.toFixed(1)).join(' / ')}\n`);
	process.exit(0);
}

const articles = await corpus();
const evalArticles = articles.filter((article) => !article.name.includes('#'));
// Warm-up: let the JIT compile the engine first.
for (let i = 0; i < 20; i++) for (const article of articles) analyzeQuotes(article.text, {language: article.language});

const rounds = 50;
const perArticle = [];
const evalTimes = [];
for (let round = 0; round < rounds; round++) {
	for (const article of articles) {
		const start = process.hrtime.bigint();
		analyzeQuotes(article.text, {language: article.language});
		const ms = Number(process.hrtime.bigint() - start) / 1e6;
		perArticle.push(ms);
		if (!article.name.includes('#')) evalTimes.push(ms);
	}
}
perArticle.sort((a, b) => a - b);
evalTimes.sort((a, b) => a - b);
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const chars = mean(articles.map((article) => article.text.length));
const evalChars = mean(evalArticles.map((article) => article.text.length));
const lines = [
	'# Quote engine speed',
	'',
	`Measured ${new Date().toISOString().slice(0, 16)}Z on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores, shared with other work), Node ${process.version}.`,
	`Load average at the end: ${os.loadavg().map((value) => value.toFixed(1)).join(' / ')} (medians are the fair figure on a busy machine; p95/max include scheduling stalls).`,
	`Command: \`npm run build && node bench/quotes.mjs --write\` (${rounds} rounds after a warm-up).`,
	'',
	'| corpus | articles | mean chars | mean ms | median ms | p95 ms | max ms |',
	'|---|---|---|---|---|---|---|',
	`| eval articles (seed + quotes-dev, full texts) | ${evalArticles.length} | ${evalChars.toFixed(0)} | ${mean(evalTimes).toFixed(3)} | ${percentile(evalTimes, 0.5).toFixed(3)} | ${percentile(evalTimes, 0.95).toFixed(3)} | ${evalTimes[evalTimes.length - 1].toFixed(3)} |`,
	`| all (eval + real feed items: Guardian, tagesschau, NYT) | ${articles.length} | ${chars.toFixed(0)} | ${mean(perArticle).toFixed(3)} | ${percentile(perArticle, 0.5).toFixed(3)} | ${percentile(perArticle, 0.95).toFixed(3)} | ${perArticle[perArticle.length - 1].toFixed(3)} |`,
	'',
	'Target: one typical article well under 5 ms.',
	'',
];
process.stdout.write(lines.join('\n'));
if (process.argv.includes('--write')) writeFileSync(path.join(here, 'RESULTS-quotes.md'), lines.join('\n'));
