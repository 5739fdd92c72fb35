// Entry of `npm run bench`: runs the refresh, app and analysis benchmarks and writes bench/RESULTS.md.

import {existsSync, mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describeMachine} from './lib/machine.js';
import {repoRoot, resultsDir} from './lib/paths.js';
import {writeResults} from './lib/report.js';

const usage = `usage: node bench/run.js [refresh|app|analysis|all|report] [--runs N] [--feeds N] [--ports 1,25] [--tuned-concurrency 64|0] [--skip-newsboat] [--no-profile]

  refresh    lagebild refresh vs newsboat -x reload on a loopback farm of 200 feeds (cold + warm)
  app        startup to first briefing frame, keypress latency, peak RSS with 10,000 articles
  analysis   quotes + topics + stories for 10,000 articles, incremental update of 100
  report     only rewrite bench/RESULTS.md from bench/results/*.json
Needs a built dist/ (npm run build).`;

function parseArguments(argv) {
	const options = {parts: [], runs: 5, feeds: 200, ports: [1, 25], skipNewsboat: false, profile: true};
	for (let index = 0; index < argv.length; index++) {
		const argument = argv[index];
		if (argument === '--runs') options.runs = Number(argv[++index]);
		else if (argument === '--feeds') options.feeds = Number(argv[++index]);
		else if (argument === '--ports') options.ports = argv[++index].split(',').map(Number);
		else if (argument === '--tuned-concurrency') options.tunedConcurrency = Number(argv[++index]);
		else if (argument === '--skip-newsboat') options.skipNewsboat = true;
		else if (argument === '--no-profile') options.profile = false;
		else if (argument === '--help' || argument === '-h') options.help = true;
		else if (['refresh', 'app', 'analysis', 'all', 'report'].includes(argument)) options.parts.push(argument);
		else throw new Error(`unknown argument: ${argument}\n${usage}`);
	}
	if (options.parts.length === 0 || options.parts.includes('all')) options.parts = ['refresh', 'app', 'analysis'];
	if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs needs a positive whole number');
	return options;
}

async function runPart(part, options) {
	switch (part) {
		case 'refresh': {
			const {runRefreshBench} = await import('./parts/refresh.js');
			return runRefreshBench(options);
		}
		case 'app': {
			const {runAppBench} = await import('./parts/app.js');
			return runAppBench(options);
		}
		case 'analysis': {
			const {runBriefingBench} = await import('./parts/briefing.js');
			return runBriefingBench(options);
		}
		default:
			return undefined;
	}
}

function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, {withFileTypes: true})) {
		const full = path.join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
	}
	return newest;
}

/** The bench measures dist/: say so when the sources changed after the last build. */
function warnIfStale() {
	const cli = path.join(repoRoot, 'dist', 'cli.js');
	if (process.env.LAGEBILD_BENCH_CLI || !existsSync(cli)) return;
	if (newestMtime(path.join(repoRoot, 'source')) > statSync(cli).mtimeMs) console.warn('warning: source/ changed after dist/ was built; run `npm run build` to measure the current code');
}

async function main() {
	const options = parseArguments(process.argv.slice(2));
	if (options.help) {
		console.log(usage);
		return;
	}
	mkdirSync(resultsDir, {recursive: true});
	if (options.parts.some((part) => part !== 'report')) warnIfStale();
	let failed = false;
	for (const part of options.parts) {
		if (part === 'report') continue;
		console.log(`\n== ${part}`);
		const machine = describeMachine();
		try {
			const record = await runPart(part, options);
			if (record) writeFileSync(path.join(resultsDir, `${part}.json`), `${JSON.stringify({...record, machine}, null, '\t')}\n`);
		} catch (error) {
			failed = true;
			console.error(`${part} failed: ${error.stack ?? error}`);
		}
	}
	writeResults();
	console.log('\nwrote bench/RESULTS.md');
	if (failed) process.exitCode = 1;
}

main().catch((error) => {
	console.error(error.message ?? error);
	process.exitCode = 2;
});
