// Development loop for the app figures: seeds a 10,000-article home once (bench/out/app-home), then measures
// keypresses and/or start-up against it without regenerating. Usage:
//   node bench/app/quick.js [keys] [startup N] [--fresh]
// (node --cpu-prof bench/app/quick.js keys profiles the keypress run.) Figures for RESULTS.md come from bench/run.js app.

import {cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {generateBenchArticles, seedHome} from './seed-home.js';
import {launchOnce} from './tmux-startup.js';
import {measureKeypresses} from './keypress.js';
import {benchOutDir, repoRoot} from '../lib/paths.js';
import {median, round} from '../lib/stats.js';

const argv = process.argv.slice(2);
const cli = path.resolve(process.env.LAGEBILD_BENCH_CLI ?? path.join(repoRoot, 'dist', 'cli.js'));
const seeded = path.join(benchOutDir, 'app-home');
if (argv.includes('--fresh') || !existsSync(path.join(seeded, 'lagebild.db'))) {
	console.log('seeding', seeded);
	const articles = await generateBenchArticles(10_000);
	await seedHome(seeded, articles, {cli});
}
if (!existsSync(path.join(seeded, 'primed'))) {
	// One launch stores the analyses and the briefing snapshot, so later copies start as every launch after the first.
	const primeDir = mkdtempSync(path.join(os.tmpdir(), 'lagebild-quick-prime-'));
	await launchOnce({cli, home: seeded, workDir: primeDir, name: 'prime', settleMs: 500});
	rmSync(primeDir, {recursive: true, force: true});
	writeFileSync(path.join(seeded, 'primed'), 'yes\n');
}
console.log(`load ${os.loadavg().map((value) => round(value, 2)).join(' ')}`);
const workDir = mkdtempSync(path.join(os.tmpdir(), 'lagebild-quick-'));
try {
	const home = path.join(workDir, 'home');
	cpSync(seeded, home, {recursive: true});
	const startupIndex = argv.indexOf('startup');
	if (startupIndex >= 0) {
		const runs = Number(argv[startupIndex + 1]) || 5;
		// The first launch computes and stores the briefing snapshot; the rest show it.
		const marks = [];
		for (let run = 0; run <= runs; run++) {
			const result = await launchOnce({cli, home, workDir, name: `quick-${run}`, settleMs: 100});
			if (run > 0) marks.push(result.markMs);
			console.log(`  launch ${run}: ${result.markMs} ms (observed ${round(result.observedMs)} ms) rss ${round(result.afterKeys.peakKb / 1024)} MB`);
		}
		console.log(`startup median ${median(marks)} ms`);
	}
	if (argv.includes('keys')) {
		mkdirSync(path.join(workDir, 'k'), {recursive: true});
		const keys = await measureKeypresses({cli, home, log: console.log, ...(process.env.QUICK_MOVES ? {moves: Number(process.env.QUICK_MOVES)} : {}), ...(process.env.QUICK_OPENS ? {opens: Number(process.env.QUICK_OPENS)} : {})});
		console.log(`list median ${keys.list.median} p95 ${keys.list.p95}; open median ${keys.open.median} p95 ${keys.open.p95}; back median ${keys.back.median} p95 ${keys.back.p95}; ink render median ${keys.inkRenderMs.median}; cpu per move ${keys.cpuPerMoveMs} ms, per open ${keys.cpuPerOpenMs} ms (+ ${keys.cpuBeforeOpenMs} ms before it)`);
	}
} finally {
	rmSync(workDir, {recursive: true, force: true});
	console.log(`load ${os.loadavg().map((value) => round(value, 2)).join(' ')}`);
}
// The store's briefing worker may still be running; the figures are in.
process.exit(0);
