// Keypress → updated frame with the real App and Ink over a store of 10,000 articles.

import {existsSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {mountApp} from './drive-ink.js';
import {median, percentile, round} from '../lib/stats.js';

const importDist = (distDir, file) => import(pathToFileURL(path.join(distDir, file)).href);

/**
 * The services the real app uses, when the build has them; the candidates are the module names the
 * CLI may use for its store-backed AppServices. Without one, a bench adapter over the real store,
 * buildBriefing and quote engine stands in, and the report says so.
 */
async function loadServices(distDir, home) {
	if (existsSync(path.join(distDir, 'services', 'store-services.js')) && existsSync(path.join(distDir, 'commands', 'context.js'))) {
		// What `lagebild` (commands/app.ts) does: open the context for --home, wrap it in StoreServices.
		const {openContext} = await importDist(distDir, 'commands/context.js');
		const {StoreServices} = await importDist(distDir, 'services/store-services.js');
		const context = await openContext({home, source: [], offline: true, tag: []}, {env: {...process.env, LAGEBILD_HOME: home}});
		return {services: new StoreServices(context, {openUrl: async () => {}}), source: 'StoreServices over openContext(--home), as `lagebild` builds them', close: () => context.close()};
	}
	const candidates = [
		['commands/app-services.js', 'createAppServices'],
		['commands/services.js', 'createAppServices'],
		['ui/store-services.js', 'createStoreServices'],
		['app/services.js', 'createAppServices'],
	];
	for (const [file, name] of candidates) {
		if (!existsSync(path.join(distDir, file))) continue;
		const module = await importDist(distDir, file);
		if (typeof module[name] === 'function') return {services: await module[name]({home}), source: `${file} ${name}()`, close: () => {}};
	}
	return benchAdapter(distDir, home);
}

async function benchAdapter(distDir, home) {
	const {ArticleStore} = await importDist(distDir, 'store/article-store.js');
	const {buildBriefing} = await importDist(distDir, 'briefing/build.js');
	const {defaultTopics} = await importDist(distDir, 'config/default-topics.js');
	const {defaultSettings} = await importDist(distDir, 'model/feed.js');
	let quoteAnalysis;
	if (existsSync(path.join(distDir, 'analysis/quotes/analyze.js'))) {
		const {analyzeQuotes} = await importDist(distDir, 'analysis/quotes/analyze.js');
		const {articleText} = await importDist(distDir, 'analysis/quotes/article-text.js');
		quoteAnalysis = (article) => analyzeQuotes(articleText(article.title, (article.content || article.summary).split('\n\n')), {language: article.language === 'de' ? 'de' : 'en', title: article.title});
	}
	const store = new ArticleStore(path.join(home, 'lagebild.db'));
	const cache = new Map();
	const topics = defaultTopics();
	const nothing = async () => {};
	const services = {
		async getBriefing() {
			return buildBriefing(store.articles({}), {topics, cache, quoteAnalysis, since: 'all'});
		},
		async getArticle(uid) {
			return store.article?.(uid) ?? store.articles({}).find((article) => article.uid === uid);
		},
		markRead: async (uids, read) => store.markRead(uids, read),
		isRead: async () => false,
		toggleStar: async () => false,
		listStarred: async () => [],
		search: async () => [],
		listFeeds: async () => [],
		addFeed: nothing,
		removeFeed: nothing,
		updateFeed: nothing,
		setEnabled: nothing,
		importOpml: async () => ({added: 0, skipped: 0}),
		exportOpml: async () => 0,
		refresh: async () => ({results: [], ok: 0, notModified: 0, failed: 0, newArticles: 0, durationMs: 0}),
		fetchFullText: async (uid) => services.getArticle(uid),
		listTopics: async () => topics,
		saveTopics: nothing,
		openUrl: nothing,
		settings: () => defaultSettings,
		keymapOverrides: () => ({}),
	};
	return {services, source: 'bench adapter over the real ArticleStore, buildBriefing and quote engine (the build has no store-backed AppServices yet)', close: () => store.close()};
}

function summarize(samples, length) {
	const hits = samples.filter((value) => value !== undefined);
	return {count: samples.length, frames: hits.length, noFrame: samples.length - hits.length, median: round(median(hits), 2), p95: round(percentile(hits, 95), 2), p99: round(percentile(hits, 99), 2), max: round(Math.max(...hits), 2), ...(length ? {length} : {})};
}

/** React, Ink and the built App of the build `cli` belongs to, loaded as the app loads them. */
async function appModules(cli) {
	// As commands/app.ts does before React is first imported: the production build unless NODE_ENV says otherwise.
	process.env.NODE_ENV ??= 'production';
	const {createElement} = await import('react');
	const ink = await import('ink');
	const distDir = path.dirname(cli);
	const {App} = await importDist(distDir, 'ui/App.js');
	// As start.tsx: Ink's line caches kept from frame to frame (when the build has the patch), and the selected story's
	// rows warmed into them ahead of an open (builds before that ignore the property).
	const inkCaches = existsSync(path.join(distDir, 'ui', 'ink-output-cache.js')) ? await (await importDist(distDir, 'ui/ink-output-cache.js')).keepInkOutputCaches() : false;
	return {createElement, ink, distDir, App, inkCaches};
}

/** Mounts the App over `home` and presses keys the way a reader moves through the briefing. */
export async function measureKeypresses({cli, home, moves = 300, opens = 40, log = console.log}) {
	const {createElement, ink, distDir, App, inkCaches} = await appModules(cli);
	const {services, source, close} = await loadServices(distDir, home);
	let briefing = await services.getBriefing({unreadOnly: false});
	// A fresh store's briefing comes before its quotes (builds with the quote pass): the keys are timed over the complete one.
	const analysing = (shown) => shown.topics.some((topic) => topic.stories.some((story) => story.analysing));
	if (analysing(briefing) && services.onBriefingUpdate) {
		briefing = await new Promise((resolve) => {
			const stop = services.onBriefingUpdate((update) => {
				if (analysing(update)) return;
				stop();
				resolve(update);
			});
		});
	}
	const topics = briefing.topics.map((topic) => ({name: topic.name, stories: topic.stories.length}));
	const articleCount = new Set(briefing.topics.flatMap((topic) => topic.stories.flatMap((story) => story.articles.map((article) => article.id)))).size;
	const biggest = topics.reduce((best, topic, index) => (topic.stories > topics[best].stories ? index : best), 0);
	const app = await mountApp({ink, element: createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, warmInkRows: inkCaches}), columns: 120, rows: 40});
	try {
		const loaded = await app.waitForScreen((text) => text.includes(topics[biggest]?.name ?? '\u0000'), 60_000);
		if (!loaded) throw new Error('the briefing never appeared');
		// Into the biggest topic's story list: topics pane, down to it, over to its stories. Builds with a "Top stories" row
		// above the topics (walk 10) list it first when the briefing has any: one row more to pass.
		const selectors = existsSync(path.join(distDir, 'ui', 'state', 'selectors.js')) ? await importDist(distDir, 'ui/state/selectors.js') : {};
		const rowsAbove = typeof selectors.topStories === 'function' && selectors.topStories(briefing).length > 0 ? 1 : 0;
		for (const key of ['h', 'g', ...Array.from({length: biggest + rowsAbove}, () => 'j'), 'l', 'g']) await app.press(key);
		// Down to the end of the list and back up, so that every press moves the selection.
		const span = Math.max(1, (topics[biggest]?.stories ?? 2) - 1);
		const list = [];
		// CPU time of the whole process over the moves: unlike latency, little changed by other work on the machine.
		const cpuBefore = process.cpuUsage();
		for (let index = 0; index < moves; index++) list.push(await app.press(Math.floor(index / span) % 2 === 0 ? 'j' : 'k'));
		const cpu = process.cpuUsage(cpuBefore);
		const cpuPerMoveMs = round((cpu.user + cpu.system) / 1000 / moves, 2);
		const jumps = [await app.press('G'), await app.press('g')];
		const open = [];
		const back = [];
		// CPU time of the opens, from the key to the frame, and in the quiet before each Enter (where the app builds the
		// selected story's rows ahead of the key); like the list moves' CPU, little changed by other work on the machine.
		let openCpuMs = 0;
		let beforeOpenCpuMs = 0;
		for (let index = 0; index < opens; index++) {
			open.push(await app.press('\r'));
			openCpuMs += app.lastCpu.keyMs;
			beforeOpenCpuMs += app.lastCpu.idleMs;
			back.push(await app.press('\u001B[D'));
			await app.press('j');
		}
		const cpuPerOpenMs = round(openCpuMs / opens, 2);
		const cpuBeforeOpenMs = round(beforeOpenCpuMs / opens, 2);
		const result = {
			services: source,
			inkCaches,
			cpuPerMoveMs,
			cpuPerOpenMs,
			cpuBeforeOpenMs,
			topics,
			articlesInBriefing: articleCount,
			list: summarize(list, topics[biggest]?.stories),
			jumps: summarize(jumps),
			open: summarize(open),
			back: summarize(back),
			inkRenderMs: {median: round(median(app.renderTimes), 2), p95: round(percentile(app.renderTimes, 95), 2)},
		};
		result.description = [
			`Keypress → frame: the real \`App\` (dist/ui/App.js, React's ${process.env.NODE_ENV === 'production' ? 'production' : 'development'} build) rendered by Ink with the options of start.tsx (maxFps 60${inkCaches ? ", Ink's line caches kept between frames, the selected story's rows warmed into them while idle" : ''}) on a fake 120×40 TTY, services: ${source}. Each key is written to stdin after 25 ms of quiet (so Ink's 60 fps throttle is idle, as between a person's keypresses) and timed until Ink writes the next frame to stdout. Each Enter follows a single step down the list (after ← back), which the app treats as a settled selection; the 300 list moves come 25 ms apart, a run during which it builds nothing ahead.`,
			'',
			`Briefing: ${articleCount.toLocaleString('en-US')} articles in ${topics.reduce((sum, topic) => sum + topic.stories, 0).toLocaleString('en-US')} story entries over ${topics.length} topics (${topics.map((topic) => `${topic.name} ${topic.stories}`).join(', ')}).`,
			'',
			'| keys | presses | with a new frame | median | p95 | max |',
			'| --- | --- | --- | --- | --- | --- |',
			`| j / k down and up the "${topics[biggest]?.name}" story list (${topics[biggest]?.stories} stories) | ${result.list.count} | ${result.list.frames} | ${result.list.median} ms | ${result.list.p95} ms | ${result.list.max} ms |`,
			`| G / g | ${result.jumps.count} | ${result.jumps.frames} | ${result.jumps.median} ms | ${result.jumps.p95} ms | ${result.jumps.max} ms |`,
			`| Enter (open story) | ${result.open.count} | ${result.open.frames} | ${result.open.median} ms | ${result.open.p95} ms | ${result.open.max} ms |`,
			`| ← (back) | ${result.back.count} | ${result.back.frames} | ${result.back.median} ms | ${result.back.p95} ms | ${result.back.max} ms |`,
			'',
			`Ink's own render time (onRender) over all frames: median ${result.inkRenderMs.median} ms, p95 ${result.inkRenderMs.p95} ms. CPU time (user + sys) of the process per list move: ${cpuPerMoveMs} ms, per open: ${cpuPerOpenMs} ms from the key to the frame, ${cpuBeforeOpenMs} ms in the quiet 25 ms before the key.`,
		].join('\n');
		log(`  keys: list p95 ${result.list.p95} ms (${result.list.frames}/${result.list.count} frames), open p95 ${result.open.p95} ms, services: ${source}`);
		return result;
	} finally {
		app.unmount();
		close();
	}
}

/**
 * Keys while a first launch reads quotes: the App over a fresh store (`home` as seeded, nothing analysed), from the
 * first briefing on ("Reading quotes…" in the status bar) j / k down and up the first topic's list until the briefing
 * is complete (or `moves` presses). Briefing updates and progress redraw the screen meanwhile, so a press may be timed
 * to a frame they wrote; the figure is what a reader moving then waits for a frame.
 */
export async function measureKeysWhileReading({cli, home, moves = 400, log = console.log}) {
	const {createElement, ink, distDir, App, inkCaches} = await appModules(cli);
	const {services, close} = await loadServices(distDir, home);
	const started = performance.now();
	const app = await mountApp({ink, element: createElement(App, {services, language: 'en', env: {NO_COLOR: '1'}, warmInkRows: inkCaches}), columns: 120, rows: 40});
	try {
		const reading = (text) => text.includes('Reading quotes');
		const shown = await app.waitForScreen((text) => reading(text) || /outlets? ·/.test(text), 120_000);
		if (!shown) throw new Error('the briefing never appeared');
		const firstMs = performance.now() - started;
		// The progress line follows the first briefing's frame (the status bar is the end of a frame's output).
		await app.waitForScreen(() => reading(app.stdout.output.slice(-3000)), 2000);
		if (!reading(app.stdout.output.slice(-3000))) {
			log('  keys while reading quotes: this build shows the briefing complete (no quote pass)');
			return {quotePass: false, firstMs: round(firstMs, 0)};
		}
		const samples = [];
		let lastReading = performance.now();
		for (let index = 0; index < moves; index++) {
			// Down and up by turns: a press that moves nothing is timed to the next progress redraw (a first topic of 20
			// stories showed 370 ms "stalls" with runs longer than the list). Runs of 10 until the "Top stories" row (walk
			// 10) made the first list as short as two stories; one step each way always moves.
			samples.push(await app.press(index % 2 === 0 ? 'j' : 'k'));
			if (reading(app.stdout.output.slice(-3000))) lastReading = performance.now();
			// The status bar has not said "Reading quotes" for a while: the briefing is complete.
			else if (performance.now() - lastReading > 1500) break;
		}
		const result = {quotePass: true, firstMs: round(firstMs, 0), readingMs: round(lastReading - started - firstMs, 0), keys: summarize(samples)};
		log(`  keys while reading quotes: ${result.keys.count} presses, p95 ${result.keys.p95} ms, median ${result.keys.median} ms, p99 ${result.keys.p99} ms, max ${result.keys.max} ms`);
		return result;
	} finally {
		app.unmount();
		close();
		await services.close?.();
	}
}
