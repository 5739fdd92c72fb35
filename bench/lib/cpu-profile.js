// Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: by function and by area.

import {readFileSync} from 'node:fs';

function areaOf(url, functionName) {
	if (!url) {
		if (functionName === '(garbage collector)') return 'GC';
		if (functionName === '(idle)') return 'idle (waiting for I/O)';
		if (functionName === '(program)') return 'V8/native (program)';
		return `native ${functionName || '(anonymous)'}`;
	}
	const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
	if (modules) return `npm ${modules[1]}`;
	if (url.startsWith('node:')) return `node ${url.slice(5).split('/')[0]}`;
	const dist = /\/dist\/([^/]+)(?:\/|\.js)/.exec(url);
	if (dist) return `lagebild ${dist[1]}`;
	return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

/** Self time per function and per area (npm package, node module, lagebild folder), in ms. */
export function summarizeCpuProfile(file, {top = 15} = {}) {
	const profile = JSON.parse(readFileSync(file, 'utf8'));
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const selfUs = new Map();
	for (let index = 0; index < profile.samples.length; index++) {
		const id = profile.samples[index];
		selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
	}
	const functions = new Map();
	const areas = new Map();
	let total = 0;
	for (const [id, us] of selfUs) {
		const frame = byId.get(id)?.callFrame;
		if (!frame) continue;
		total += us;
		const area = areaOf(frame.url, frame.functionName);
		const shortUrl = frame.url.replace(/^.*\/(node_modules|dist)\//, '$1/').replace(/^file:\/\//, '');
		const key = `${frame.functionName || '(anonymous)'} ${shortUrl}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
		functions.set(key, (functions.get(key) ?? 0) + us);
		areas.set(area, (areas.get(area) ?? 0) + us);
	}
	const sorted = (map) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, top)
			.map(([name, us]) => ({name, ms: Math.round(us / 100) / 10, share: Math.round((us / total) * 1000) / 10}));
	return {totalMs: Math.round(total / 1000), wallMs: Math.round((profile.endTime - profile.startTime) / 1000), areas: sorted(areas), functions: sorted(functions)};
}
