// Writes bench/RESULTS.md from the per-part JSON records in bench/results/.

import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {benchDir, resultsDir} from './paths.js';

const partOrder = ['refresh', 'app', 'analysis'];

export function readRecords() {
	if (!existsSync(resultsDir)) return [];
	return readdirSync(resultsDir)
		.filter((name) => name.endsWith('.json'))
		.map((name) => JSON.parse(readFileSync(path.join(resultsDir, name), 'utf8')))
		.sort((a, b) => partOrder.indexOf(a.part) - partOrder.indexOf(b.part));
}

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value).toLocaleString('en-US')} ms` : '—');
const seconds = (value) => (Number.isFinite(value) ? `${(value / 1000).toFixed(2)} s` : '—');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '—');
const met = (value) => (value === undefined ? '—' : value ? '**met**' : '**NOT met**');

function refreshRows(record) {
	const lb = record.lagebild;
	const nbDefault = record.newsboat?.defaults;
	const nbThreads = record.newsboat?.threads8;
	const coldRatio = (nb) => (lb && nb ? nb.coldMedianMs / lb.coldMedianMs : Number.NaN);
	const warmRatio = (nb) => (lb && nb ? nb.warmMedianMs / lb.warmMedianMs : Number.NaN);
	const feeds = `${record.farm.feeds} feeds, ${record.farm.items.toLocaleString('en-US')} items`;
	return [
		{
			measure: `Cold refresh (${feeds}), median of ${record.runs}, vs newsboat defaults`,
			lagebild: seconds(lb?.coldMedianMs),
			newsboat: seconds(nbDefault?.coldMedianMs),
			ratio: ratio(coldRatio(nbDefault)),
			target: '≥ 10× faster',
			met: lb && nbDefault ? coldRatio(nbDefault) >= 10 : undefined,
		},
		{
			measure: `Cold refresh, vs newsboat \`reload-threads 8\``,
			lagebild: seconds(lb?.coldMedianMs),
			newsboat: seconds(nbThreads?.coldMedianMs),
			ratio: ratio(coldRatio(nbThreads)),
			target: '≥ 3× faster',
			met: lb && nbThreads ? coldRatio(nbThreads) >= 3 : undefined,
		},
		{
			measure: 'Warm refresh (every feed answers 304), vs newsboat defaults',
			lagebild: ms(lb?.warmMedianMs),
			newsboat: ms(nbDefault?.warmMedianMs),
			ratio: ratio(warmRatio(nbDefault)),
			target: '< 500 ms',
			met: lb ? lb.warmMedianMs < 500 : undefined,
		},
		{
			measure: 'Warm refresh, vs newsboat `reload-threads 8`',
			lagebild: ms(lb?.warmMedianMs),
			newsboat: ms(nbThreads?.warmMedianMs),
			ratio: ratio(warmRatio(nbThreads)),
			target: '< 500 ms',
			met: lb ? lb.warmMedianMs < 500 : undefined,
		},
	];
}

function runList(runs, key = 'ms') {
	return runs.map((run) => Math.round(run[key])).join(', ');
}

function refreshDetails(record) {
	const lines = [];
	lines.push(`Farm: ${record.farm.feeds} feeds (${record.farm.formats.rss} RSS 2.0, ${record.farm.formats.atom} Atom) mixed from the fixture feeds, ${record.farm.items.toLocaleString('en-US')} items, ${record.farm.mebibytes} MiB uncompressed (one feed ${Math.round(record.farm.feedBytes.min / 1024)}–${Math.round(record.farm.feedBytes.max / 1024)} KiB), every response delayed ${record.farm.delayMs} ms, gzip when asked, ETag + Last-Modified, 304 on revalidation. Load average before/after: ${record.loadBefore.join(' ')} / ${record.loadAfter?.join(' ') ?? '?'}.`);
	lines.push('');
	lines.push('| run set | cold runs (ms) | warm runs (ms) | items stored | 304s per warm run | peak RSS (cold) |');
	lines.push('| --- | --- | --- | --- | --- | --- |');
	const sides = [record.newsboat?.defaults, record.newsboat?.threads8, record.lagebild].filter(Boolean);
	for (const side of sides) {
		const items = side.cold.map((run) => run.items).filter(Number.isFinite);
		const rss = side.cold.map((run) => run.maxRssKb).filter(Number.isFinite);
		lines.push(
			`| ${side.label} | ${runList(side.cold)} | ${runList(side.warm)} | ${items.length ? Math.max(...items).toLocaleString('en-US') : '—'} | ${side.warm.map((run) => run.notModified).join(', ')} | ${rss.length ? `${Math.round(Math.max(...rss) / 1024)} MB` : '—'} |`,
		);
	}
	if (record.newsboat) lines.push('', `newsboat: ${record.newsboat.version}. Its warm runs follow a second full run, because newsboat 2.21 does not keep the validators of a feed on the run that first adds it to an empty cache.`);
	if (record.lagebild?.ftsTables !== undefined) lines.push(`lagebild store: ${record.lagebild.ftsTables} FTS5 table(s) in lagebild.db.`);
	if (record.profile) {
		lines.push('', `### Where lagebild's cold refresh spends its time (node --cpu-prof, one run, ${record.profile.wallMs} ms wall)`);
		for (const thread of record.profile.threads) {
			lines.push('', `\`${thread.file}\`: ${thread.totalMs} ms sampled over ${thread.wallMs} ms.`, '', '| area | self ms | share |', '| --- | --- | --- |');
			for (const area of thread.areas.slice(0, 12)) lines.push(`| ${area.name} | ${area.ms} | ${area.share} % |`);
			lines.push('', '| function | self ms | share |', '| --- | --- | --- |');
			for (const fn of thread.functions.slice(0, 12)) lines.push(`| \`${fn.name.replace(/\|/g, '\\|')}\` | ${fn.ms} | ${fn.share} % |`);
		}
	}
	if (record.errors?.length) lines.push('', ...record.errors.map((error) => `- problem: ${error}`));
	return lines.join('\n');
}

function genericRows(record) {
	return record.rows ?? [];
}

function genericDetails(record) {
	return record.details ?? '';
}

const parts = {
	refresh: {title: 'Refresh throughput against newsboat', rows: refreshRows, details: refreshDetails},
	app: {title: 'The app', rows: genericRows, details: genericDetails},
	analysis: {title: 'Analysis', rows: genericRows, details: genericDetails},
};

function machineLine(machine) {
	return `${machine.nproc} cores (nproc), ${machine.cpu}, ${machine.memoryGiB} GiB RAM, node ${machine.node}, ${machine.distro || machine.os} (${machine.os})`;
}

export function writeResults(records = readRecords()) {
	const lines = ['# lagebild benchmarks', ''];
	lines.push('Written by `npm run bench` (bench/run.js) from the records in bench/results/*.json. Every figure comes from a benchmark run, none from a timed test.', '');
	for (const record of records) {
		lines.push(`- **${record.part}**: run ${record.machine.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} on ${machineLine(record.machine)}`);
	}
	lines.push('', '| measure | lagebild | newsboat | ratio | target | met? |', '| --- | --- | --- | --- | --- | --- |');
	for (const record of records) {
		for (const row of parts[record.part]?.rows(record) ?? []) {
			lines.push(`| ${row.measure} | ${row.lagebild} | ${row.newsboat ?? '—'} | ${row.ratio ?? '—'} | ${row.target} | ${met(row.met)} |`);
		}
	}
	lines.push('', 'Ratio = newsboat time ÷ lagebild time (how many times faster lagebild is).', '');
	lines.push('## Reproduce', '', '```sh', 'npm run build', 'npm run bench                 # everything (newsboat is installed with apt-get when missing)', 'node bench/run.js refresh     # only the refresh comparison (add --runs 3, --skip-newsboat, --no-profile)', 'node bench/run.js app         # only startup, keypress latency, memory', 'node bench/run.js analysis    # only the analysis timings', '```', '');
	for (const record of records) {
		const part = parts[record.part];
		if (!part) continue;
		lines.push(`## ${part.title}`, '', part.details(record), '');
		if (record.commands?.length) lines.push('Commands measured:', '', ...record.commands.map((command) => `- \`${command}\``), '');
	}
	const findings = path.join(benchDir, 'findings.md');
	if (existsSync(findings)) lines.push(readFileSync(findings, 'utf8').trim(), '');
	writeFileSync(path.join(benchDir, 'RESULTS.md'), `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`);
}
