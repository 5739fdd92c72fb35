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

function scenarioRows(scenario, runs, prefix) {
	const lb = scenario.lagebild;
	const nbDefault = scenario.newsboat?.defaults;
	const nbThreads = scenario.newsboat?.threads8;
	const coldRatio = (nb) => (lb && nb ? nb.coldMedianMs / lb.coldMedianMs : Number.NaN);
	const warmRatio = (nb) => (lb && nb ? nb.warmMedianMs / lb.warmMedianMs : Number.NaN);
	const nbLike = scenario.newsboat?.threadsLikeLagebild;
	const cpuRatio = lb && nbDefault ? nbDefault.coldCpuMedianMs / lb.coldCpuMedianMs : Number.NaN;
	const likeRows = nbLike
		? [
				{
					measure: `${prefix}cold refresh vs newsboat with lagebild's concurrency (\`${nbLike.label.replace('newsboat ', '')}\`)`,
					lagebild: seconds(lb?.coldMedianMs),
					newsboat: seconds(nbLike.coldMedianMs),
					ratio: ratio(coldRatio(nbLike)),
					target: '(context: the targets name 8 threads)',
					met: undefined,
				},
				{
					measure: `${prefix}warm refresh (all 304) vs newsboat with lagebild's concurrency`,
					lagebild: ms(lb?.warmMedianMs),
					newsboat: ms(nbLike.warmMedianMs),
					ratio: ratio(warmRatio(nbLike)),
					target: '(context)',
					met: undefined,
				},
			]
		: [];
	return [
		{
			measure: `${prefix}cold refresh, median of ${runs}, vs newsboat defaults`,
			lagebild: seconds(lb?.coldMedianMs),
			newsboat: seconds(nbDefault?.coldMedianMs),
			ratio: ratio(coldRatio(nbDefault)),
			target: '≥ 10× faster',
			met: lb && nbDefault ? coldRatio(nbDefault) >= 10 : undefined,
		},
		{
			measure: `${prefix}cold refresh vs newsboat \`reload-threads 8\``,
			lagebild: seconds(lb?.coldMedianMs),
			newsboat: seconds(nbThreads?.coldMedianMs),
			ratio: ratio(coldRatio(nbThreads)),
			target: '≥ 3× faster',
			met: lb && nbThreads ? coldRatio(nbThreads) >= 3 : undefined,
		},
		{
			measure: `${prefix}warm refresh (all 304) vs newsboat defaults`,
			lagebild: ms(lb?.warmMedianMs),
			newsboat: ms(nbDefault?.warmMedianMs),
			ratio: ratio(warmRatio(nbDefault)),
			target: '< 500 ms',
			met: lb ? lb.warmMedianMs < 500 : undefined,
		},
		{
			measure: `${prefix}warm refresh (all 304) vs newsboat \`reload-threads 8\``,
			lagebild: ms(lb?.warmMedianMs),
			newsboat: ms(nbThreads?.warmMedianMs),
			ratio: ratio(warmRatio(nbThreads)),
			target: '< 500 ms',
			met: lb ? lb.warmMedianMs < 500 : undefined,
		},
		{
			measure: `${prefix}CPU time (user + sys) of a cold refresh, vs newsboat defaults`,
			lagebild: seconds(lb?.coldCpuMedianMs),
			newsboat: seconds(nbDefault?.coldCpuMedianMs),
			ratio: ratio(cpuRatio),
			target: '(context: work done, little affected by load)',
			met: undefined,
		},
		...likeRows,
	];
}

function refreshRows(record) {
	return record.scenarios.flatMap((scenario) => {
		const prefix = scenario.ports === 1 ? `200 feeds on 1 port: ` : `200 feeds on ${scenario.ports} ports: `;
		return scenarioRows(scenario, record.runs, prefix.replace('200', String(scenario.farm.feeds)));
	});
}

function runList(runs, key = 'ms') {
	return runs.map((run) => Math.round(run[key])).join(', ');
}

function profileDetails(profile) {
	const lines = ['', `#### Where lagebild's cold refresh spends its time (node --cpu-prof, one run, ${profile.wallMs} ms wall)`];
	for (const thread of profile.threads) {
		lines.push('', `\`${thread.file}\`: ${thread.totalMs} ms sampled over ${thread.wallMs} ms.`, '', '| area | self ms | share |', '| --- | --- | --- |');
		for (const area of thread.areas.slice(0, 12)) lines.push(`| ${area.name} | ${area.ms} | ${area.share} % |`);
		lines.push('', '| function | self ms | share |', '| --- | --- | --- |');
		for (const fn of thread.functions.slice(0, 12)) lines.push(`| \`${fn.name.replace(/\|/g, '\\|')}\` | ${fn.ms} | ${fn.share} % |`);
	}
	return lines;
}

function refreshDetails(record) {
	const lines = [`Load average before/after the whole part: ${record.loadBefore.join(' ')} / ${record.loadAfter?.join(' ') ?? '?'} (other engineers were building and testing on the same 2 cores).`];
	for (const scenario of record.scenarios) {
		const farm = scenario.farm;
		lines.push('', `### Farm: ${scenario.name}`, '');
		lines.push(`${farm.feeds} feeds (${farm.formats.rss} RSS 2.0, ${farm.formats.atom} Atom) mixed from the fixture feeds, ${farm.items.toLocaleString('en-US')} items, ${farm.mebibytes} MiB uncompressed (one feed ${Math.round(farm.feedBytes.min / 1024)}–${Math.round(farm.feedBytes.max / 1024)} KiB), on ${scenario.ports} port(s) of 127.0.0.1; every response delayed ${farm.delayMs} ms, gzip when asked, ETag + Last-Modified, 304 on revalidation.`);
		lines.push('', '| run set | cold runs (ms) | CPU of cold runs (ms, user+sys) | warm runs (ms) | items stored | 304s per warm run | peak RSS (cold) |', '| --- | --- | --- | --- | --- | --- | --- |');
		const sides = [scenario.newsboat?.defaults, scenario.newsboat?.threads8, scenario.newsboat?.threadsLikeLagebild, scenario.lagebild, scenario.lagebildTuned].filter(Boolean);
		for (const side of sides) {
			const items = side.cold.map((run) => run.items).filter(Number.isFinite);
			const rss = side.cold.map((run) => run.maxRssKb).filter(Number.isFinite);
			lines.push(
				`| ${side.label} | ${runList(side.cold)} | ${runList(side.cold, 'cpuMs')} | ${runList(side.warm)} | ${items.length ? Math.max(...items).toLocaleString('en-US') : '—'} | ${side.warm.map((run) => run.notModified).join(', ')} | ${rss.length ? `${Math.round(Math.max(...rss) / 1024)} MB` : '—'} |`,
			);
		}
		if (scenario.newsboat) lines.push('', `${scenario.newsboat.version}. Its warm runs follow a second full run, because newsboat 2.21 does not keep a feed's validators on the run that first adds the feed to an empty cache.`);
		if (scenario.lagebildTuned) lines.push('', `"${scenario.lagebildTuned.label}" is not the default: it shows what raising the concurrency setting does; the rows of the summary table use the defaults.`);
		if (scenario.lagebild?.ftsTables !== undefined) lines.push(`lagebild store: ${scenario.lagebild.ftsTables} FTS5 table(s) in lagebild.db.`);
		if (scenario.profile) lines.push(...profileDetails(scenario.profile));
		if (scenario.errors?.length) lines.push('', ...scenario.errors.map((error) => `- problem: ${error}`));
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
		const load = record.loadBefore ? `; load average (1/5/15 min) at the start ${record.loadBefore.join(' / ')}${record.loadBefore[0] > record.machine.nproc ? ' — the machine was busy with other work, so wall times are inflated' : ''}` : '';
		lines.push(`- **${record.part}**: run ${record.machine.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')} on ${machineLine(record.machine)}${load}`);
	}
	lines.push('', '| measure | lagebild | newsboat | ratio | target | met? |', '| --- | --- | --- | --- | --- | --- |');
	for (const record of records) {
		let rows = [];
		try {
			rows = parts[record.part]?.rows(record) ?? [];
		} catch (error) {
			rows = [{measure: `${record.part}: record unreadable (${error.message}); run \`node bench/run.js ${record.part}\` again`, lagebild: '—', target: '—'}];
		}
		for (const row of rows) {
			lines.push(`| ${row.measure} | ${row.lagebild} | ${row.newsboat ?? '—'} | ${row.ratio ?? '—'} | ${row.target} | ${met(row.met)} |`);
		}
	}
	lines.push('', 'Ratio = newsboat time ÷ lagebild time (how many times faster lagebild is).', '');
	lines.push('## Reproduce', '', '```sh', 'npm run build', 'npm run bench                 # everything (newsboat is installed with apt-get when missing)', 'node bench/run.js refresh     # only the refresh comparison (add --runs 3, --skip-newsboat, --no-profile)', 'node bench/run.js app         # only startup, keypress latency, memory', 'node bench/run.js analysis    # only the analysis timings', '```', '');
	for (const record of records) {
		const part = parts[record.part];
		if (!part) continue;
		let details;
		try {
			details = part.details(record);
		} catch (error) {
			details = `(record unreadable: ${error.message})`;
		}
		lines.push(`## ${part.title}`, '', details, '');
		if (record.commands?.length) lines.push('Commands measured:', '', ...record.commands.map((command) => `- \`${command}\``), '');
	}
	const findings = path.join(benchDir, 'findings.md');
	if (existsSync(findings)) lines.push(readFileSync(findings, 'utf8').trim(), '');
	writeFileSync(path.join(benchDir, 'RESULTS.md'), `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`);
}
