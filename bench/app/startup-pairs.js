// Interleaved A/B start-up launches of two builds in tmux: first frame, CPU and the main thread's CPU in pairs, screens compared.

/*
 * On a machine shared with other work, one launch's wall time says little; pairs of launches of two builds, one right
 * after the other in alternating order, do — their differences, over a dozen pairs and more. Each launch runs in its
 * own autogroup at nice -10 (bench/app/tmux-startup.js), with bench/app/main-thread-cpu.cjs preloaded, which adds the
 * main thread's CPU at the first frame to the mark. Each build has its own copy of one primed 10,000-article home; the
 * first round is not counted (it writes each build's code cache). The first frames' screens are compared (clock times
 * and ages aside).
 *
 *   node bench/app/startup-pairs.js ROUNDS CLI_A CLI_B [HOME_TEMPLATE]
 *
 * Without HOME_TEMPLATE a home is seeded with CLI_A (bench/out/pairs-home, kept) and primed by one complete launch.
 */

import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {generateBenchArticles, seedHome} from './seed-home.js';
import {launchOnce} from './tmux-startup.js';
import {median} from '../lib/stats.js';
import {benchOutDir} from '../lib/paths.js';

const preload = fileURLToPath(new URL('main-thread-cpu.cjs', import.meta.url));
const [rounds = '12', cliA, cliB, template] = process.argv.slice(2);
if (!cliA || !cliB) {
	console.error('usage: node bench/app/startup-pairs.js ROUNDS CLI_A CLI_B [HOME_TEMPLATE]');
	process.exit(2);
}

const clis = [path.resolve(cliA), path.resolve(cliB)];
const work = mkdtempSync(path.join(os.tmpdir(), 'lagebild-pairs-'));
const seeded = template ? path.resolve(template) : path.join(benchOutDir, 'pairs-home');
if (!existsSync(path.join(seeded, 'lagebild.db'))) {
	console.log(`seeding ${seeded} with 10,000 articles and priming it (${clis[0]})`);
	await seedHome(seeded, await generateBenchArticles(10_000), {cli: clis[0]});
	await launchOnce({cli: clis[0], home: seeded, workDir: work, name: 'prime', settleMs: 500, untilComplete: true, timeoutMs: 300_000});
}

const homes = clis.map((_, index) => {
	const home = path.join(work, `home-${index}`);
	cpSync(seeded, home, {recursive: true});
	return home;
});
const figures = clis.map(() => ({ms: [], cpu: [], main: [], peakMb: [], codeCache: [], screens: new Set()}));
const normalised = screen => screen.replaceAll(/\d\d:\d\d/g, 'HH:MM').replaceAll(/\b\d+[smhd]\b/g, 'N');
const loads = [];
for (let round = 0; round <= Number(rounds); round++) {
	for (const index of round % 2 === 0 ? [0, 1] : [1, 0]) {
		const name = `r${round}-${index}`;
		const launch = await launchOnce({cli: clis[index], home: homes[index], workDir: work, name, settleMs: round === 0 ? 800 : 100, nodeFlags: ['-r', preload], autogroupNice: -10});
		const marks = readFileSync(path.join(work, `${name}.mark`), 'utf8');
		if (round === 0) continue;
		const figure = figures[index];
		figure.ms.push(launch.markMs);
		figure.cpu.push(Number(/first-frame \d+ cpu (\d+)/.exec(marks)?.[1]));
		figure.main.push(Math.round(Number(/ main ([\d.]+)/.exec(marks)?.[1])));
		figure.peakMb.push(Math.round(launch.atFirstFrame.peakKb / 1024));
		figure.codeCache.push(launch.codeCache ?? '-');
		figure.screens.add(normalised(launch.screen));
	}
	loads.push(os.loadavg()[0]);
}

for (const [index, cli] of clis.entries()) {
	const {ms, cpu, main, peakMb, codeCache, screens} = figures[index];
	console.log(`${'AB'[index]} ${cli}\n  first frame ms ${ms.join(' ')} (median ${median(ms)})\n  CPU all threads ${cpu.join(' ')} (median ${median(cpu)})\n  main thread ${main.join(' ')} (median ${median(main)})\n  peak RSS at the first frame MB ${peakMb.join(' ')} (median ${median(peakMb)})\n  code cache ${codeCache.join(' ')}; distinct first screens ${screens.size}`);
}

for (const [key, label] of [['main', 'main-thread CPU'], ['cpu', 'CPU all threads'], ['ms', 'first frame ms'], ['peakMb', 'peak RSS MB']]) {
	const differences = figures[0][key].map((value, pair) => figures[1][key][pair] - value);
	console.log(`pairs B−A ${label}: ${differences.join(' ')} (median ${median(differences)}, B lower in ${differences.filter(value => value < 0).length} of ${differences.length})`);
}

const [a, b] = figures.map(figure => figure.screens);
console.log(`first-frame screens identical A vs B: ${a.size === b.size && [...a].every(screen => b.has(screen))}`);
console.log(`load ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}, ${new Date().toISOString()}`);
rmSync(work, {recursive: true, force: true});
