// Refresh throughput: lagebild vs newsboat against the same loopback feed farm, cold and warm.

import {existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import Database from 'better-sqlite3';
import {startFarm} from '../farm/server.js';
import {createNewsboatSetup, ensureNewsboat} from '../lib/newsboat.js';
import {timedCommand} from '../lib/timed-command.js';
import {summarizeCpuProfile} from '../lib/cpu-profile.js';
import {median, round} from '../lib/stats.js';
import {benchOutDir, repoRoot} from '../lib/paths.js';

/** lagebild's default number of feeds fetched at once, from the build under test. */
async function lagebildConcurrency() {
	const file = path.join(repoRoot, 'dist', 'model', 'feed.js');
	if (!existsSync(file)) return undefined;
	const {defaultSettings} = await import(pathToFileURL(file).href);
	return defaultSettings.concurrency;
}

function escapeAttribute(text) {
	return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function farmOpml(farm) {
	const outlines = farm.feeds
		.map((feed, index) => `    <outline type="rss" text="${escapeAttribute(feed.title)}" title="${escapeAttribute(feed.title)}" xmlUrl="${farm.urls[index]}"/>`)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head><title>lagebild bench farm</title></head>\n  <body>\n${outlines}\n  </body>\n</opml>\n`;
}

function countRows(databaseFile, sql) {
	if (!existsSync(databaseFile)) return Number.NaN;
	const db = new Database(databaseFile, {readonly: true, fileMustExist: true});
	try {
		return Number(db.prepare(sql).pluck().get());
	} catch {
		return Number.NaN;
	} finally {
		db.close();
	}
}

function lagebildArticleCount(home) {
	return countRows(path.join(home, 'lagebild.db'), 'SELECT count(*) FROM articles');
}

function lagebildFtsCount(home) {
	return countRows(path.join(home, 'lagebild.db'), "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%fts5%'");
}

function describeRun(result, farmStats, extra = {}) {
	return {ms: round(result.ms, 1), cpuMs: round(result.cpuMs), maxRssKb: result.maxRssKb, requests: farmStats.requests, ok: farmStats.ok, notModified: farmStats.notModified, conditional: farmStats.conditional, ...extra};
}

async function benchNewsboat({farm, runs, workDir, reloadThreads, log}) {
	const label = reloadThreads ? `newsboat reload-threads ${reloadThreads}` : 'newsboat defaults';
	const setup = createNewsboatSetup(path.join(workDir, reloadThreads ? `newsboat-threads-${reloadThreads}` : 'newsboat-defaults'), farm.urls, {reloadThreads});
	const cold = [];
	for (let run = 0; run < runs; run++) {
		setup.clearCache();
		farm.takeStats();
		const result = await setup.reload();
		const items = countRows(setup.files.cache, 'SELECT count(*) FROM rss_item');
		cold.push(describeRun(result, farm.takeStats(), {items}));
		log(`  ${label} cold #${run + 1}: ${round(result.ms)} ms (CPU ${round(result.cpuMs)} ms), ${items} items`);
	}
	// newsboat 2.21 on an empty cache updates the feed's ETag/Last-Modified before the feed row
	// exists, so the second run is a full download too; only from the third on does it revalidate.
	farm.takeStats();
	await setup.reload();
	const primeStats = farm.takeStats();
	log(`  ${label} second (priming) run: ${primeStats.ok} full responses, ${primeStats.notModified} 304s`);
	const warm = [];
	for (let run = 0; run < runs; run++) {
		farm.takeStats();
		const result = await setup.reload();
		warm.push(describeRun(result, farm.takeStats()));
		log(`  ${label} warm #${run + 1}: ${round(result.ms)} ms, ${warm.at(-1).notModified} of ${farm.urls.length} were 304`);
	}
	return {label, command: setup.command, cold, warm, coldMedianMs: round(median(cold.map((r) => r.ms))), warmMedianMs: round(median(warm.map((r) => r.ms))), coldCpuMedianMs: round(median(cold.map((r) => r.cpuMs)))};
}

/** `LAGEBILD_BENCH_CLI` lets a person measure another build (a branch, a scratch build) with the same harness. */
function lagebildCli() {
	return path.resolve(process.env.LAGEBILD_BENCH_CLI ?? path.join(repoRoot, 'dist', 'cli.js'));
}

async function lagebild(args, home, options = {}) {
	const result = await timedCommand(process.execPath, [...(options.nodeFlags ?? []), lagebildCli(), ...args, '--home', home], {cwd: repoRoot, env: {...process.env, NO_COLOR: '1', CI: '1'}, timeoutMs: 300_000});
	if (result.code !== 0 && !options.allowFailure) {
		throw new Error(`lagebild ${args.join(' ')} exited with ${result.code}: ${(result.stderr || result.stdout).trim().slice(0, 400)}`);
	}
	return result;
}

async function importFarm(home, opmlFile, settings) {
	mkdirSync(home, {recursive: true});
	const result = await lagebild(['feeds', 'import', opmlFile], home);
	if (settings) {
		// The user's own config (config.json → settings), as `lagebild` reads it.
		const file = path.join(home, 'config.json');
		const config = JSON.parse(readFileSync(file, 'utf8'));
		config.settings = {...config.settings, ...settings};
		writeFileSync(file, JSON.stringify(config, null, '\t'));
	}
	return result;
}

async function benchLagebild({farm, runs, workDir, opmlFile, log, label = 'lagebild', settings}) {
	const cold = [];
	let lastHome;
	for (let run = 0; run < runs; run++) {
		const home = path.join(workDir, `${label}-home-${run}`);
		rmSync(home, {recursive: true, force: true});
		await importFarm(home, opmlFile, settings);
		farm.takeStats();
		const result = await lagebild(['refresh'], home);
		const items = lagebildArticleCount(home);
		cold.push(describeRun(result, farm.takeStats(), {items, exitCode: result.code}));
		log(`  ${label} cold #${run + 1}: ${round(result.ms)} ms (CPU ${round(result.cpuMs)} ms), ${items} articles stored, ${round(result.maxRssKb / 1024)} MB peak RSS`);
		if (lastHome) rmSync(lastHome, {recursive: true, force: true});
		lastHome = home;
	}
	const warm = [];
	for (let run = 0; run < runs; run++) {
		farm.takeStats();
		const result = await lagebild(['refresh'], lastHome);
		warm.push(describeRun(result, farm.takeStats(), {exitCode: result.code}));
		log(`  ${label} warm #${run + 1}: ${round(result.ms)} ms, ${warm.at(-1).notModified} of ${farm.urls.length} were 304`);
	}
	const sample = await lagebild(['refresh'], lastHome);
	return {
		label,
		command: `node dist/cli.js refresh --home HOME  (after: node dist/cli.js feeds import farm.opml --home HOME)`,
		cold,
		warm,
		coldMedianMs: round(median(cold.map((r) => r.ms))),
		warmMedianMs: round(median(warm.map((r) => r.ms))),
		coldCpuMedianMs: round(median(cold.map((r) => r.cpuMs))),
		ftsTables: lagebildFtsCount(lastHome),
		outputSample: sample.stdout.split('\n').slice(-4).join('\n'),
	};
}

async function profileLagebild({farm, workDir, opmlFile, log}) {
	const home = path.join(workDir, 'profile-home');
	const profileDir = path.join(benchOutDir, 'profile');
	rmSync(profileDir, {recursive: true, force: true});
	mkdirSync(profileDir, {recursive: true});
	rmSync(home, {recursive: true, force: true});
	await importFarm(home, opmlFile);
	farm.takeStats();
	const result = await lagebild(['refresh'], home, {nodeFlags: ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, '--cpu-prof-interval=200']});
	const files = readdirSync(profileDir).filter((name) => name.endsWith('.cpuprofile'));
	// A worker pool writes one profile per thread; the main thread's is the oldest.
	const summaries = files
		.map((name) => path.join(profileDir, name))
		.sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs)
		.map((file) => ({file: path.relative(repoRoot, file), ...summarizeCpuProfile(file)}));
	log(`  profiled cold refresh: ${round(result.ms)} ms wall, ${files.length} profile(s) in ${path.relative(repoRoot, profileDir)}`);
	rmSync(home, {recursive: true, force: true});
	return {wallMs: round(result.ms), threads: summaries};
}

async function runScenario({name, ports, feeds, runs, skipNewsboat, profile, workDir, log, newsboatVersion, tunedConcurrency}) {
	const scenarioDir = path.join(workDir, `ports-${ports}`);
	mkdirSync(scenarioDir, {recursive: true});
	const farm = await startFarm({count: feeds, ports, maxRequests: feeds * (runs * 8 + 20), lifetimeMs: 30 * 60 * 1000, log});
	log(`farm (${name}): ${farm.feeds.length} feeds on ${farm.ports} port(s) of 127.0.0.1, ${farm.totalItems} items, ${round(farm.totalBytes / 1024 / 1024, 1)} MiB`);
	const opmlFile = path.join(scenarioDir, 'farm.opml');
	writeFileSync(opmlFile, farmOpml(farm));
	const scenario = {
		name,
		ports: farm.ports,
		farm: {
			feeds: farm.feeds.length,
			items: farm.totalItems,
			mebibytes: round(farm.totalBytes / 1024 / 1024, 1),
			feedBytes: {min: Math.min(...farm.feeds.map((feed) => feed.body.length)), max: Math.max(...farm.feeds.map((feed) => feed.body.length))},
			formats: {rss: farm.feeds.filter((feed) => feed.format === 'rss').length, atom: farm.feeds.filter((feed) => feed.format === 'atom').length},
			delayMs: '20–80',
		},
		runs,
		newsboat: undefined,
		lagebild: undefined,
		errors: [],
	};
	try {
		if (!skipNewsboat && newsboatVersion) {
			scenario.newsboat = {
				version: newsboatVersion,
				defaults: await benchNewsboat({farm, runs, workDir: scenarioDir, log}),
				threads8: await benchNewsboat({farm, runs, workDir: scenarioDir, reloadThreads: 8, log}),
			};
			// The issue also asks for newsboat with as many threads as lagebild fetches feeds at once (context; the targets name 8).
			const concurrency = await lagebildConcurrency();
			if (concurrency && concurrency !== 8) scenario.newsboat.threadsLikeLagebild = await benchNewsboat({farm, runs, workDir: scenarioDir, reloadThreads: concurrency, log});
		}
		if (existsSync(lagebildCli())) {
			try {
				scenario.lagebild = await benchLagebild({farm, runs, workDir: scenarioDir, opmlFile, log});
				if (tunedConcurrency && tunedConcurrency !== (await lagebildConcurrency())) {
					// Not the default: what a user gets by raising settings.concurrency (the schema allows up to 64).
					scenario.lagebildTuned = await benchLagebild({farm, runs, workDir: scenarioDir, opmlFile, log, label: `lagebild with settings.concurrency ${tunedConcurrency}`, settings: {concurrency: tunedConcurrency}});
				}
				if (profile) scenario.profile = await profileLagebild({farm, workDir: scenarioDir, opmlFile, log});
			} catch (error) {
				scenario.errors.push(`lagebild: ${error.message}`);
				log(`lagebild side failed: ${error.message}`);
			}
		} else {
			scenario.errors.push('dist/cli.js is missing: run `npm run build` first');
		}
	} finally {
		await farm.stop(`${name} done`);
	}
	return scenario;
}

/**
 * Runs the whole refresh comparison and returns the result record for RESULTS.md. The first
 * scenario is the farm: one server on one port. The second spreads the same feeds over
 * 25 ports (8 feeds per "host"), because a real feed list comes from many sites and HTTP clients
 * (lagebild's included) cap their connections per host.
 */
export async function runRefreshBench({runs = 5, feeds = 200, skipNewsboat = false, profile = true, ports = [1, 25], tunedConcurrency = 64, log = console.log} = {}) {
	const workDir = mkdtempSync(path.join(os.tmpdir(), 'lagebild-bench-refresh-'));
	const record = {part: 'refresh', loadBefore: os.loadavg().map((value) => round(value, 2)), runs, scenarios: [], errors: []};
	try {
		const newsboatVersion = skipNewsboat ? undefined : ensureNewsboat(log);
		if (!skipNewsboat && !newsboatVersion) record.errors.push('newsboat could not be installed; its columns are empty');
		for (const [index, portCount] of ports.entries()) {
			const name = portCount === 1 ? 'one server, one port (the issue\'s farm)' : `the same feeds spread over ${portCount} ports (${Math.ceil(feeds / portCount)} feeds per host)`;
			record.scenarios.push(await runScenario({name, ports: portCount, feeds, runs, skipNewsboat, profile: profile && index === 0, workDir, log, newsboatVersion, tunedConcurrency: portCount > 1 ? tunedConcurrency : 0}));
		}
	} finally {
		rmSync(workDir, {recursive: true, force: true});
	}
	record.loadAfter = os.loadavg().map((value) => round(value, 2));
	record.commands = [
		'newsboat -u urls -c cache.db -C config -x reload   (config empty = defaults, or `reload-threads 8`, or `reload-threads N` with N = lagebild\'s default concurrency)',
		'node dist/cli.js feeds import farm.opml --home HOME   (not timed)',
		'node dist/cli.js refresh --home HOME   (timed: whole process, node start-up included)',
	];
	return record;
}
