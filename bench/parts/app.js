// The app: launch → first briefing frame in tmux, peak RSS, and keypress → frame latency with 10,000 articles.

import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {generateBenchArticles, seedHome} from '../app/seed-home.js';
import {hasTmux, launchOnce} from '../app/tmux-startup.js';
import {measureKeypresses, measureKeysWhileReading} from '../app/keypress.js';
import {median, round} from '../lib/stats.js';
import {benchOutDir, repoRoot} from '../lib/paths.js';
import {summarizeCpuProfile} from '../lib/cpu-profile.js';

function lagebildCli() {
	return path.resolve(process.env.LAGEBILD_BENCH_CLI ?? path.join(repoRoot, 'dist', 'cli.js'));
}

function ensureTmux(log) {
	if (hasTmux()) return true;
	log('installing tmux: apt-get install -y tmux');
	try {
		execFileSync('apt-get', ['install', '-y', 'tmux'], {stdio: 'ignore'});
	} catch {
		try {
			execFileSync('apt-get', ['update', '-qq'], {stdio: 'ignore'});
			execFileSync('apt-get', ['install', '-y', 'tmux'], {stdio: 'ignore'});
		} catch {
			return false;
		}
	}
	return hasTmux();
}

/** Where the start-up launches keep V8's code cache (source/launch/code-cache.ts): the run's own directory. */
function codeCacheDir(workDir) {
	return path.join(workDir, 'code-cache');
}

const startupTarget = 300;
const keyTarget = 16;
const memoryTargetMb = 150;

async function measureStartup({cli, seededHome, workDir, runs, log}) {
	// Run 1 starts from the freshly seeded store (nothing analysed yet); later runs reuse what the
	// app cached in its store, as every launch after the first does.
	const home = path.join(workDir, 'startup-home');
	rmSync(home, {recursive: true, force: true});
	cpSync(seededHome, home, {recursive: true});
	// V8's code cache of this run's own: the first launch compiles the bundle from source (as the first start of a new
	// build does) and writes the cache after its first frame; the later launches start from it.
	const extraEnv = {LAGEBILD_CODE_CACHE: codeCacheDir(workDir)};
	const launches = [];
	for (let run = 0; run <= runs; run++) {
		// The first launch is followed until its briefing is complete (quotes read after the first frame).
		const result = await launchOnce({cli, home, workDir, name: `startup-${run}`, keysAfter: run === runs ? ['Enter', 'Enter', 'Enter'] : [], settleMs: run === runs ? 1500 : 200, untilComplete: run === 0, extraEnv});
		const briefingShown = /\S/.test(result.screen) && !/error|cannot|Fehler/i.test(result.screen.split('\n').slice(0, 3).join(' '));
		launches.push({
			run,
			firstLaunch: run === 0,
			markMs: result.markMs,
			observedMs: round(result.observedMs, 1),
			peakRssMbAtFirstFrame: round(result.atFirstFrame.peakKb / 1024, 1),
			peakRssMbAfterKeys: round(result.afterKeys.peakKb / 1024, 1),
			cpuMsAtFirstFrame: result.cpuMsAtFirstFrame,
			...(result.complete
				? {
						quotePass: result.complete.quotePass,
						...(result.complete.quotePass
							? {completeMs: result.complete.markMs, cpuMsAtComplete: result.complete.cpuMs, peakRssMbAtComplete: round(result.complete.memory.peakKb / 1024, 1), screenWhileReading: result.complete.screenWhileReading.split('\n').slice(0, 6).join('\n')}
							: {}),
					}
				: {}),
			briefingShown,
			inkCaches: result.inkCaches ?? 'unknown',
			codeCache: result.codeCache ?? 'unknown',
			screenHead: result.screen.split('\n').slice(0, 12).join('\n'),
			...(run === runs ? {screenAfterKeys: result.screenAfterKeys.split('\n').slice(0, 12).join('\n')} : {}),
		});
		const completed = result.complete?.quotePass ? `, complete (quotes read) at ${result.complete.markMs} ms, CPU ${result.cpuMsAtFirstFrame} / ${result.complete.cpuMs} ms` : `, CPU ${result.cpuMsAtFirstFrame} ms`;
		log(`  launch ${run === 0 ? '(first, empty analysis cache)' : `#${run}`}: first frame at ${result.markMs} ms (observed ${round(result.observedMs)} ms)${completed}, peak RSS ${round(result.afterKeys.peakKb / 1024)} MB, Ink caches ${result.inkCaches ?? 'unknown'}, code cache ${result.codeCache ?? 'unknown'}`);
	}
	return launches;
}

/** One more launch under node --cpu-prof (cache warm), to say where start-up time goes. */
async function profileStartup({cli, seededHome, workDir, log}) {
	const home = path.join(workDir, 'startup-home');
	if (!existsSync(home)) cpSync(seededHome, home, {recursive: true});
	const profileDir = path.join(benchOutDir, 'profile-app');
	rmSync(profileDir, {recursive: true, force: true});
	mkdirSync(profileDir, {recursive: true});
	const result = await launchOnce({cli, home, workDir, name: 'startup-profile', settleMs: 100, nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=500'], extraEnv: {LAGEBILD_CODE_CACHE: codeCacheDir(workDir)}});
	const files = readdirSync(profileDir).filter((file) => file.endsWith('.cpuprofile'));
	if (files.length === 0) return undefined;
	const summary = summarizeCpuProfile(path.join(profileDir, files[0]), {top: 12});
	log(`  profiled launch: first frame at ${result.markMs} ms`);
	return {markMs: result.markMs, file: path.relative(repoRoot, path.join(profileDir, files[0])), ...summary};
}

/** Runs the app benchmarks and returns the record for RESULTS.md. */
export async function runAppBench({runs = 5, articles: count = 10_000, log = console.log} = {}) {
	const cli = lagebildCli();
	const record = {part: 'app', loadBefore: os.loadavg().map((value) => round(value, 2)), articles: count, runs, errors: [], rows: [], details: ''};
	if (!existsSync(cli)) {
		record.errors.push(`${path.relative(repoRoot, cli)} is missing: run \`npm run build\` first`);
		return finish(record);
	}
	const workDir = mkdtempSync(path.join(os.tmpdir(), 'lagebild-bench-app-'));
	try {
		log(`generating ${count} articles with bench/generate-articles.ts`);
		const articles = await generateBenchArticles(count);
		const seededHome = path.join(workDir, 'seeded-home');
		const seeded = await seedHome(seededHome, articles, {cli});
		record.store = seeded;
		log(`  seeded store: ${seeded.stored} articles from ${seeded.feeds} outlets`);
		mkdirSync(workDir, {recursive: true});
		if (ensureTmux(log)) {
			try {
				record.launches = await measureStartup({cli, seededHome, workDir, runs, log});
				record.startupProfile = await profileStartup({cli, seededHome, workDir, log});
			} catch (error) {
				record.errors.push(`startup: ${error.message}`);
				log(`startup failed: ${error.message}`);
			}
		} else {
			record.errors.push('tmux is missing and could not be installed: no startup figure');
		}
		try {
			const home = path.join(workDir, 'keys-home');
			cpSync(seededHome, home, {recursive: true});
			record.keys = await measureKeypresses({cli, home, log});
		} catch (error) {
			record.errors.push(`keypress: ${error.message}`);
			log(`keypress failed: ${error.message}`);
		}
		try {
			const home = path.join(workDir, 'reading-home');
			cpSync(seededHome, home, {recursive: true});
			record.keysWhileReading = await measureKeysWhileReading({cli, home, log});
		} catch (error) {
			record.errors.push(`keys while reading quotes: ${error.message}`);
			log(`keys while reading quotes failed: ${error.message}`);
		}
	} finally {
		rmSync(workDir, {recursive: true, force: true});
	}
	record.loadAfter = os.loadavg().map((value) => round(value, 2));
	return finish(record);
}

export function finish(record) {
	const launches = record.launches ?? [];
	const later = launches.filter((launch) => !launch.firstLaunch);
	const first = launches.find((launch) => launch.firstLaunch);
	const startupMedian = median(later.map((launch) => launch.markMs));
	const observedMedian = median(later.map((launch) => launch.observedMs));
	const peak = Math.max(...launches.map((launch) => launch.peakRssMbAfterKeys).filter(Number.isFinite));
	const last = launches.at(-1);
	const fmt = (value, unit = 'ms') => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ${unit}` : '—');
	const keys = record.keys;
	const met = (value, target) => (Number.isFinite(value) ? value <= target : undefined);
	record.rows = [
		{measure: `Startup to first briefing frame, ${record.articles.toLocaleString('en-US')} articles cached (median of ${later.length} launches, tmux)`, lagebild: `${fmt(startupMedian)} (observed ${fmt(observedMedian)})`, target: `≤ ${startupTarget} ms`, met: met(Math.max(startupMedian, observedMedian), startupTarget)},
		{measure: 'Startup, first launch on a fresh store (nothing analysed yet)', lagebild: fmt(first?.markMs), target: `≤ ${startupTarget} ms`, met: met(first?.markMs, startupTarget)},
		{measure: 'First launch: briefing complete (quotes, people, summaries read after the first frame)', lagebild: first?.quotePass ? fmt(first.completeMs) : fmt(first?.markMs), target: '—'},
		{measure: 'First launch: peak RSS until the briefing is complete', lagebild: fmt(first?.quotePass ? first.peakRssMbAtComplete : first?.peakRssMbAfterKeys, 'MB'), target: `≤ ${memoryTargetMb} MB`, met: met(first?.quotePass ? first.peakRssMbAtComplete : first?.peakRssMbAfterKeys, memoryTargetMb)},
		...(record.keysWhileReading?.quotePass
			? [{measure: `Keypress → frame p95 while the first launch reads quotes (${record.keysWhileReading.keys.count} j / k presses)`, lagebild: `${round(record.keysWhileReading.keys.p95, 1)} ms (median ${round(record.keysWhileReading.keys.median, 1)}${Number.isFinite(record.keysWhileReading.keys.p99) ? `, p99 ${round(record.keysWhileReading.keys.p99, 1)}` : ''})`, target: `≤ ${keyTarget} ms`, met: met(record.keysWhileReading.keys.p95, keyTarget)}]
			: []),
		{measure: `Keypress → frame p95, moving through the list (${keys?.list?.count ?? 0} presses${keys?.list?.length ? `, list of ${keys.list.length.toLocaleString('en-US')}` : ''})`, lagebild: keys?.list ? `${round(keys.list.p95, 1)} ms (median ${round(keys.list.median, 1)})` : '—', target: `≤ ${keyTarget} ms`, met: met(keys?.list?.p95, keyTarget)},
		{measure: `Keypress → frame p95, opening a story (${keys?.open?.count ?? 0} opens)`, lagebild: keys?.open ? `${round(keys.open.p95, 1)} ms (median ${round(keys.open.median, 1)})` : '—', target: `≤ ${keyTarget} ms`, met: met(keys?.open?.p95, keyTarget)},
		{measure: 'Peak RSS, briefing open and a story opened (the last launch, Enter ×3)', lagebild: fmt(last?.peakRssMbAfterKeys, 'MB'), target: `≤ ${memoryTargetMb} MB`, met: met(last?.peakRssMbAfterKeys, memoryTargetMb)},
		{measure: 'Peak RSS over all launches (including those that computed the briefing)', lagebild: fmt(peak, 'MB'), target: `≤ ${memoryTargetMb} MB`, met: met(peak, memoryTargetMb)},
	];
	const lines = [];
	if (record.loadBefore) lines.push(`Load average before/after: ${record.loadBefore.join(' ')} / ${record.loadAfter?.join(' ') ?? '?'}.`, '');
	if (record.store) lines.push(`Store: ${record.store.stored.toLocaleString('en-US')} articles from ${record.store.feeds} outlets, generated by bench/generate-articles.ts from the fixture feeds and written through the real ArticleStore. The app runs as \`node dist/cli.js --offline --home HOME\` (dist/cli.js starts the esbuild bundle in dist/bundle/, built by scripts/bundle.mjs; offline: no background refresh at start, no network) in tmux 120×40 with LAGEBILD_BENCH_MARK set; the mark is \`performance.now()\` in the app process (from process start) when the first briefing frame is drawn, "observed" is the wall time from the wrapper shell's exec to the bench seeing the mark file.`, '');
	if (launches.length) {
		lines.push('| launch | first frame (mark) | observed | CPU at first frame | complete (quotes read) | peak RSS at first frame | peak RSS after opening a story / until complete | Ink caches |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
		for (const launch of launches) {
			const complete = launch.quotePass ? `${launch.completeMs} ms (CPU ${launch.cpuMsAtComplete} ms)` : '—';
			const peak = launch.quotePass ? `${launch.peakRssMbAtComplete} MB` : `${launch.peakRssMbAfterKeys} MB`;
			lines.push(`| ${launch.firstLaunch ? 'first (fresh store)' : `#${launch.run}`} | ${launch.markMs} ms | ${Math.round(launch.observedMs)} ms | ${launch.cpuMsAtFirstFrame ?? '?'} ms | ${complete} | ${launch.peakRssMbAtFirstFrame} MB | ${peak} | ${launch.inkCaches ?? 'unknown'} |`);
		}
		const reading = launches.find((launch) => launch.screenWhileReading);
		if (reading) lines.push('', 'The first launch\'s screen while it read quotes (first lines):', '', '```', reading.screenWhileReading, '```');
		const last = launches.at(-1);
		lines.push('', 'Screen at the first frame (first lines):', '', '```', last.screenHead, '```');
		if (last.screenAfterKeys) lines.push('', 'After Enter ×3:', '', '```', last.screenAfterKeys, '```');
	}
	const profile = record.startupProfile;
	if (profile) {
		lines.push('', `Where start-up time goes (one launch under node --cpu-prof, first frame at ${profile.markMs} ms; the profile runs until quit, so it also holds the idle time after the frame):`, '', '| area | self ms | share |', '| --- | --- | --- |');
		for (const area of profile.areas.slice(0, 10)) lines.push(`| ${area.name} | ${area.ms} | ${area.share} % |`);
		lines.push('', '| function | self ms | share |', '| --- | --- | --- |');
		for (const fn of profile.functions.slice(0, 10)) lines.push(`| \`${fn.name.replace(/\|/g, '\\|')}\` | ${fn.ms} | ${fn.share} % |`);
	}
	if (keys) lines.push('', keys.description ?? '');
	if (record.errors.length) lines.push('', ...record.errors.map((error) => `- problem: ${error}`));
	record.details = lines.join('\n');
	record.commands = ['LAGEBILD_BENCH_MARK=FILE node dist/cli.js --offline --home HOME   (in tmux new-session -x 120 -y 40)'];
	return record;
}

