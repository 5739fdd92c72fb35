// Makes a lagebild home whose store holds N articles from bench/generate-articles.ts (for the app benchmarks).

import {execFileSync} from 'node:child_process';
import {existsSync, mkdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {benchDir, benchOutDir, repoRoot} from '../lib/paths.js';

/** Compiles bench/generate-articles.ts (and the sources it imports) into bench/out/app-build. */
export function compileGenerator() {
	const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
	try {
		execFileSync(process.execPath, [tsc, '-p', path.join(benchDir, 'app', 'tsconfig.json')], {stdio: 'pipe'});
	} catch (error) {
		// Type errors in files still being written elsewhere do not stop tsc from emitting JavaScript.
		const output = String(error.stdout ?? '');
		if (!existsSync(path.join(benchOutDir, 'app-build', 'bench', 'generate-articles.js'))) throw new Error(`could not compile bench/generate-articles.ts:\n${output}`);
	}
	return path.join(benchOutDir, 'app-build', 'bench', 'generate-articles.js');
}

/** The generated articles, ending now so that windows and retention treat them as current. */
export async function generateBenchArticles(count, {end = new Date().toISOString(), seed = 7} = {}) {
	const generator = await import(pathToFileURL(compileGenerator()).href);
	const sources = await generator.loadFixtureArticles([path.resolve(repoRoot, '..', 'shared', 'fixtures', 'feeds'), path.join(repoRoot, 'feeds', 'snapshots')]);
	return generator.generateArticles(sources, count, {seed, end, days: 7});
}

/** Writes `articles` into HOME/lagebild.db through the real store (dist/store), one commit per outlet. */
export async function seedHome(home, articles, {cli = path.join(repoRoot, 'dist', 'cli.js')} = {}) {
	rmSync(home, {recursive: true, force: true});
	mkdirSync(home, {recursive: true});
	const distDir = path.dirname(cli);
	const {ArticleStore} = await import(pathToFileURL(path.join(distDir, 'store', 'article-store.js')).href);
	const store = new ArticleStore(path.join(home, 'lagebild.db'));
	try {
		const byFeed = new Map();
		for (const article of articles) {
			if (!byFeed.has(article.feedUrl)) byFeed.set(article.feedUrl, []);
			byFeed.get(article.feedUrl).push(article);
		}
		const now = new Date().toISOString();
		for (const [url, list] of byFeed) {
			store.commitFeed({url, status: 'ok', error: '', lastFetch: now, lastSuccess: now, etag: null, lastModified: null, articleCount: list.length}, list);
		}
		return {feeds: byFeed.size, stored: store.count()};
	} finally {
		store.close();
	}
}
