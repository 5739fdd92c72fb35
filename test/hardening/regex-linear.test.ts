// No pathological regex: every regex literal in the code that reads feed text, probed with its worst 1 MB input.

import {appendFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {Worker} from 'node:worker_threads';
import {describe, expect, test} from 'vitest';
import {analyzeQuotes} from '../../source/analysis/quotes/analyze.js';
import {articleFeatures} from '../../source/analysis/stories/features.js';
import {splitSentences} from '../../source/analysis/summary/sentences.js';
import {defaultTopics} from '../../source/config/default-topics.js';
import {compileTopics, scoreTopics} from '../../source/analysis/topics/match.js';
import {ParseError} from '../../source/feeds/feed-error.js';
import {defaultSettings} from '../../source/model/feed.js';
import {parseFeedText} from '../../source/feeds/parse.js';
import {htmlToText} from '../../source/text/html-to-text.js';
import {sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';
import {attackUnits, findRegexes} from '../helpers/fuzz-regex.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Everything that runs over text a feed sent.
const folders = ['source/analysis', 'source/text', 'source/briefing', 'source/output', 'source/feeds', 'source/store'];
const megabyte = 1024 * 1024;

interface ProbeResult {
	where: string;
	source: string;
	/** The slowest small input's recipe and the time of its 1 MB version. */
	worst: string;
	ms: number;
}

// Plain JS for the worker (no TypeScript there): a regex stuck in backtracking cannot be interrupted on the
// main thread, but a worker can be terminated, so a hang becomes a failed test that names the regex.
const probeCode = `
const {parentPort, workerData} = require('node:worker_threads');
function run(re, input) {
	if (re.global || re.sticky) {
		re.lastIndex = 0;
		let count = 0;
		for (let m = re.exec(input); m; m = re.exec(input)) {
			count++;
			if (m[0] === '') re.lastIndex++;
			if (re.sticky && !re.global) break;
		}
		return count;
	}
	return re.exec(input) ? 1 : 0;
}
function build(prefix, unit, size) {
	return prefix + unit.repeat(Math.max(1, Math.ceil((size - prefix.length) / unit.length)));
}
for (const [index, item] of workerData.regexes.entries()) {
	parentPort.postMessage({type: 'start', index});
	const re = new RegExp(item.source, item.flags);
	const timed = [];
	for (const {unit, prefix} of item.units) {
		const input = build(prefix, unit, workerData.smallSize);
		const started = performance.now();
		run(re, input);
		timed.push({unit, prefix, ms: performance.now() - started});
	}
	timed.sort((a, b) => b.ms - a.ms);
	let worst = {recipe: '', ms: 0};
	for (const {unit, prefix} of timed.slice(0, workerData.bigCandidates)) {
		const input = build(prefix, unit, workerData.bigSize);
		const started = performance.now();
		run(re, input);
		const ms = performance.now() - started;
		if (ms >= worst.ms) worst = {recipe: JSON.stringify(prefix) + ' + ' + JSON.stringify(unit) + '…', ms};
	}
	parentPort.postMessage({type: 'done', index, worst: worst.recipe, ms: worst.ms});
}
parentPort.postMessage({type: 'end'});
`;

async function probe(regexes: ReturnType<typeof findRegexes>, timeoutMs: number): Promise<{results: ProbeResult[]; hung?: string}> {
	const items = regexes.map((regex) => ({...regex, units: attackUnits(regex.source)}));
	const worker = new Worker(probeCode, {eval: true, workerData: {regexes: items, smallSize: 1024, bigSize: megabyte, bigCandidates: 2}});
	const results: ProbeResult[] = [];
	let current = -1;
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			void worker.terminate();
			const regex = regexes[current];
			resolve({results, hung: regex ? `${regex.where} /${regex.source}/${regex.flags}` : 'before the first regex'});
		}, timeoutMs);
		worker.on('message', (message: {type: string; index: number; worst: string; ms: number}) => {
			if (message.type === 'start') current = message.index;
			if (process.env.REGEX_PROBE_VERBOSE && message.type === 'done') appendFileSync(process.env.REGEX_PROBE_VERBOSE, `${[message.index, regexes[message.index]!.where, message.ms.toFixed(1), performance.now().toFixed(0), message.worst].join(' ')}\n`);
			if (message.type === 'done') results.push({where: regexes[message.index]!.where, source: regexes[message.index]!.source, worst: message.worst, ms: message.ms});
			if (message.type === 'end') {
				clearTimeout(timer);
				void worker.terminate();
				resolve({results});
			}
		});
		worker.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
	});
}

describe('regex linearity on 1 MB adversarial inputs', () => {
	const regexes = findRegexes(repoRoot, folders);

	test('the scan finds the regexes (it would pass vacuously otherwise)', () => {
		expect(regexes.length).toBeGreaterThan(100);
		// Two known ones, to prove the extraction reads literals and flags.
		expect(regexes.some((regex) => regex.where.startsWith('source/text/sanitize.ts') && regex.flags === 'g')).toBe(true);
		expect(regexes.some((regex) => regex.where.startsWith('source/feeds/parse.ts') && regex.source.includes('<!DOCTYPE'))).toBe(true);
	});

	test('every regex finishes its worst 1 MB input in well under a second', async () => {
		const {results, hung} = await probe(regexes, 50_000);
		expect(hung, `regex did not finish (hang): ${hung}`).toBeUndefined();
		expect(results).toHaveLength(regexes.length);
		const slow = results.filter((result) => result.ms > 1000).map((result) => `${result.where} /${result.source}/ on ${result.worst}: ${result.ms.toFixed(0)} ms`);
		expect(slow).toEqual([]);
		const slowest = [...results].sort((a, b) => b.ms - a.ms)[0]!;
		console.info(`regex-linear: ${results.length} regexes, slowest ${slowest.where} ${slowest.ms.toFixed(1)} ms on 1 MB`);
	}, 60_000);
});

const fill = (unit: string, length = megabyte): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

function timed(run: () => unknown): number {
	const started = performance.now();
	run();
	return performance.now() - started;
}

async function timedAsync(run: () => Promise<unknown>): Promise<number> {
	const started = performance.now();
	await run();
	return performance.now() - started;
}

const feedWith = (item: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>${item}</item></channel></rss>`;

// The regressions the probe found, and the public functions over the worst inputs for their regexes.
describe('public functions on 1 MB hostile inputs', () => {
	test('htmlToText: unclosed tags, long tag names, comments, entities, dropped elements without end', () => {
		for (const input of [`<${fill('a')}`, fill('<a '), `<a ${fill('x')}`, fill('<!--'), fill('<![CDATA['), fill('<!'), fill('<?'), `<script>${fill('</scrip')}`, fill('&#'), fill('&amp'), `<p title="${fill('\'')}`, fill('<a"')]) {
			expect(timed(() => htmlToText(input)), JSON.stringify(input.slice(0, 12))).toBeLessThan(2000);
		}
	});

	test('sanitizeText / sanitizeLine: unterminated OSC, runs of CSI parameters, escapes, surrogates', () => {
		for (const input of [`\u001B]${fill('a')}`, fill('\u001B['), `\u001B[${fill('0;')}`, fill('\u001B'), fill('\uD800'), fill('\u001B]0;\u0007'), fill(' \u200B')]) {
			expect(timed(() => sanitizeText(input)), JSON.stringify(input.slice(0, 6))).toBeLessThan(2000);
			expect(timed(() => sanitizeLine(input)), JSON.stringify(input.slice(0, 6))).toBeLessThan(2000);
		}
	});

	test('parseFeedText: a root tag without end, DOCTYPE runs, an author of "@"s, a 1 MB title', async () => {
		const options = {feedUrl: 'https://hostile.example/feed', fetchedAt: '2026-01-01T00:00:00.000Z', settings: {maxItemsPerFeed: 500, maxArticleChars: 200_000}};
		const attempt = async (input: string) => parseFeedText(input, options).catch((error: unknown) => {
			if (!(error instanceof ParseError)) throw error;
		});
		for (const input of [`<${fill('a')}`, fill('<!DOCTYPE['), `<?xml version="1.0"?>${fill('<!--')}`, `<?xml version="1.0"?>${fill('<?')}`]) {
			expect(await timedAsync(async () => attempt(input)), JSON.stringify(input.slice(0, 12))).toBeLessThan(2000);
		}
		for (const item of [`<author>${fill('@')}</author>`, `<author>a@${fill('b')} (${fill('(', 1000)}</author>`, `<title>${fill('<a ')}</title>`, `<description>${fill('&lt;a')}</description>`]) {
			expect(await timedAsync(async () => attempt(feedWith(item))), item.slice(0, 20)).toBeLessThan(3000);
		}
	});

	// Article text reaches analysis capped at maxArticleChars; the tokenizers allocate one object per word, so
	// they are tested at the cap (their regexes are covered at 1 MB above). Absolute times swing with the load of
	// a shared 2-core box, so the check is growth, over 16× the text: linear work costs ~16×, quadratic 256×. The
	// bound sits at 80× because allocation-heavy inputs grow faster than linear through the garbage collector alone
	// (66,000 one-letter paragraphs: 4× the text took 6.6–12× the time, on this build and the last session's alike).
	test('analysis (sentences, story features, topics) on adversarial text at the article cap grows linearly', () => {
		const compiled = compileTopics(defaultTopics());
		const cap = defaultSettings.maxArticleChars;
		// The best of three: a GC pause in one run is noise, not growth.
		const best = (run: () => unknown) => Math.min(timed(run), timed(run), timed(run));
		for (const unit of ['Der Minister sagte, dass „es" gut sei. ', '„a ', "a'", 'a\n\n', 'Angela Merkel ', '-', '.', 'Er sagte: „']) {
			for (const [name, run] of [
				['splitSentences', (text: string) => splitSentences(text, 'de')],
				['articleFeatures', (text: string) => articleFeatures({title: 'x', summary: '', content: text})],
				['scoreTopics', (text: string) => scoreTopics({title: 'x', body: text, language: 'de'}, compiled)],
			] as const) {
				const small = best(() => run(fill(unit, cap / 16)));
				const large = best(() => run(fill(unit, cap)));
				expect(large, `${name} ${JSON.stringify(unit)}: ${small.toFixed(1)} ms → ${large.toFixed(0)} ms`).toBeLessThan(Math.max(80 * small, 150));
				expect(large).toBeLessThan(5000);
			}
		}
	});

	test('quote analysis at the article cap stays near-linear (4× the text costs well under 16×)', () => {
		const cap = defaultSettings.maxArticleChars;
		for (const unit of ['Der Minister sagte, dass „es" gut sei. ', '„a ', 'Merz: ']) {
			analyzeQuotes(fill(unit, 5000), {language: 'de'});
			const small = timed(() => analyzeQuotes(fill(unit, cap / 4), {language: 'de'}));
			const large = timed(() => analyzeQuotes(fill(unit, cap), {language: 'de'}));
			expect(large, `${JSON.stringify(unit)}: ${small.toFixed(0)} ms → ${large.toFixed(0)} ms`).toBeLessThan(Math.max(10 * small, 400));
		}
	});
});
