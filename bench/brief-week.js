// `lagebild brief --since 7d` over a week of 10,000 generated articles: first run, second run, and the run after 100 new ones.

/*
 * Usage: node bench/brief-week.js [--runs N] [--articles N] [--cli path/to/dist/cli.js]
 * Prints wall, CPU (user + sys of the process and its threads) and peak RSS of each run; writes nothing into
 * bench/results or RESULTS.md (the lead records). Needs a built dist/ and, for CPU and peak RSS, /usr/bin/time
 * (without it, wall time only). The store is seeded once (bench/generate-articles.ts, 7 days ending now) and copied
 * for every run, so each first run meets an empty analysis cache, as a week-old store that was never briefed does.
 */

import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {generateBenchArticles, seedHome} from './app/seed-home.js';
import {repoRoot} from './lib/paths.js';
import {median, round} from './lib/stats.js';

function parseArguments(argv) {
	const options = {runs: 3, articles: 10_000, cli: path.join(repoRoot, 'dist', 'cli.js')};
	for (let index = 0; index < argv.length; index++) {
		if (argv[index] === '--runs') options.runs = Number(argv[++index]);
		else if (argv[index] === '--articles') options.articles = Number(argv[++index]);
		else if (argv[index] === '--cli') options.cli = path.resolve(argv[++index]);
		else throw new Error(`unknown argument: ${argv[index]}`);
	}
	return options;
}

const timeBinary = '/usr/bin/time';

/** One `brief` over `home`: wall ms, and with /usr/bin/time CPU ms and peak RSS MB; stdout is the briefing. */
function brief(cli, home, args) {
	const command = [cli, 'brief', ...args, '--home', home, '--format', 'json'];
	const started = performance.now();
	const timed = existsSync(timeBinary);
	const result = timed
		? spawnSync(timeBinary, ['-f', '%U %S %M', process.execPath, ...command], {encoding: 'utf8', maxBuffer: 1 << 28})
		: spawnSync(process.execPath, command, {encoding: 'utf8', maxBuffer: 1 << 28});
	const wallMs = performance.now() - started;
	if (result.status !== 0) throw new Error(`brief failed (${result.status}): ${result.stderr}`);
	const run = {wallMs: round(wallMs)};
	if (timed) {
		const [user, system, maxKb] = result.stderr.trim().split('\n').at(-1).split(' ').map(Number);
		Object.assign(run, {cpuMs: round((user + system) * 1000), peakRssMb: round(maxKb / 1024)});
	}
	return {run, output: result.stdout};
}

async function main() {
	const options = parseArguments(process.argv.slice(2));
	if (!existsSync(options.cli)) throw new Error(`${options.cli} is missing: run \`npm run build\` first`);
	const work = mkdtempSync(path.join(os.tmpdir(), 'lagebild-brief-week-'));
	try {
		console.log(`seeding ${options.articles} articles over 7 days`);
		const articles = await generateBenchArticles(options.articles);
		const seeded = path.join(work, 'seeded');
		await seedHome(seeded, articles, {cli: options.cli});
		// 100 newer reports of a new feed, as after a refresh.
		const fresh = (await generateBenchArticles(100, {seed: 11, end: new Date(Date.now() + 3_600_000).toISOString()}))
			.map((article) => ({...article, uid: `fresh-${article.uid}`, feedUrl: 'https://refresh.bench.invalid/feed', feedTitle: 'Refresh'}));
		const {ArticleStore} = await import(pathToFileURL(path.join(path.dirname(options.cli), 'store', 'article-store.js')).href);
		const rows = {first: [], second: [], afterRefresh: []};
		for (let index = 0; index < options.runs; index++) {
			const home = path.join(work, `home-${index}`);
			cpSync(seeded, home, {recursive: true});
			const load = os.loadavg()[0];
			const first = brief(options.cli, home, ['--since', '7d']);
			const second = brief(options.cli, home, ['--since', '7d']);
			const store = new ArticleStore(path.join(home, 'lagebild.db'));
			const stamp = new Date().toISOString();
			store.commitFeed({url: fresh[0].feedUrl, status: 'ok', error: '', lastFetch: stamp, lastSuccess: stamp, etag: null, lastModified: null, articleCount: fresh.length}, fresh);
			store.close();
			const after = brief(options.cli, home, ['--since', '7d']);
			rows.first.push(first.run);
			rows.second.push(second.run);
			rows.afterRefresh.push(after.run);
			console.log(`run ${index + 1} (load ${load.toFixed(2)}): first ${JSON.stringify(first.run)}, second ${JSON.stringify(second.run)}, after +100 ${JSON.stringify(after.run)}`);
			rmSync(home, {recursive: true, force: true});
		}
		for (const [name, list] of Object.entries(rows)) {
			const of = (key) => (list.every((run) => key in run) ? round(median(list.map((run) => run[key]))) : '–');
			console.log(`${name.padEnd(12)} median wall ${of('wallMs')} ms, CPU ${of('cpuMs')} ms, peak RSS ${of('peakRssMb')} MB`);
		}
	} finally {
		rmSync(work, {recursive: true, force: true});
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
});
