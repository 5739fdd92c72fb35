// Builds the benchmark feed farm: N distinct RSS/Atom documents mixed from the real fixture feeds.

import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {createHash} from 'node:crypto';
import {gzipSync} from 'node:zlib';
import {fileURLToPath} from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultFixtureDir = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'feeds');

/** Deterministic PRNG (mulberry32) so every run serves byte-identical feeds. */
export function createRandom(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

function decodeFixture(buffer) {
	const head = buffer.subarray(0, 200).toString('latin1');
	const declared = /encoding=["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase() ?? 'utf-8';
	const encoding = declared === 'iso-8859-1' || declared === 'latin1' ? 'latin1' : 'utf-8';
	return new TextDecoder(encoding).decode(buffer);
}

function namespacesOf(rootTag) {
	const found = new Map();
	for (const match of rootTag.matchAll(/xmlns:([\w-]+)\s*=\s*"([^"]*)"/g)) {
		found.set(match[1], match[2]);
	}
	return found;
}

const xmlEntities = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"};

/** The fixture's channel title as text: its entities decoded, so that escaping it for the farm's feed does not escape them twice ("NYT &amp;gt; World"). */
function channelTitle(text) {
	const raw = /<title[^>]*>([\s\S]*?)<\/title>/.exec(text)?.[1];
	if (raw === undefined) return 'Feed';
	const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw);
	if (cdata) return cdata[1].trim();
	return raw
		.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/gi, (_all, decimal, hex, name) => (name ? xmlEntities[name.toLowerCase()] : String.fromCodePoint(Number.parseInt(decimal ?? hex, decimal ? 10 : 16))))
		.trim();
}

/**
 * Reads the fixture feeds and splits them into item pools per format. Broken fixtures are left out:
 * the farm measures throughput on valid feeds, not error handling.
 */
export function loadFixturePools(fixtureDir = defaultFixtureDir) {
	const pools = {
		rss: {items: [], namespaces: new Map(), sources: []},
		atom: {items: [], namespaces: new Map(), sources: []},
	};
	for (const name of readdirSync(fixtureDir).sort()) {
		if (name.startsWith('broken-') || !/\.(rss|atom)$/.test(name)) continue;
		const text = decodeFixture(readFileSync(path.join(fixtureDir, name)));
		const isAtom = /<feed\b[^>]*xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/.test(text);
		const pool = isAtom ? pools.atom : pools.rss;
		const root = (isAtom ? /<feed\b[^>]*>/ : /<rss\b[^>]*>/).exec(text)?.[0] ?? '';
		for (const [prefix, uri] of namespacesOf(root)) pool.namespaces.set(prefix, uri);
		const blocks = text.match(isAtom ? /<entry\b[\s\S]*?<\/entry>/g : /<item\b[\s\S]*?<\/item>/g) ?? [];
		const source = {name, title: channelTitle(text), first: pool.items.length, count: blocks.length};
		if (blocks.length === 0) continue;
		pool.sources.push(source);
		for (const block of blocks) pool.items.push({block, source: name});
	}
	return pools;
}

const titleVariants = [
	(title) => title,
	(title) => `Live: ${title}`,
	(title) => `${title} – update`,
	(title) => `Analysis: ${title}`,
	(title) => `${title} (report)`,
];

function escapeXml(text) {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function varyTitle(block, variant) {
	if (variant === 0) return block;
	return block.replace(/(<title\b[^>]*>)([\s\S]*?)(<\/title>)/, (_all, open, inner, close) => {
		const marker = '\u0000';
		const [before, after] = titleVariants[variant](marker).split(marker);
		return `${open}${escapeXml(before)}${inner}${escapeXml(after)}${close}`;
	});
}

function replaceOrInsert(block, pattern, replacement, closingTag) {
	if (pattern.test(block)) return block.replace(pattern, replacement);
	return block.replace(closingTag, `${replacement}${closingTag}`);
}

function rssItem(block, {guid, date, variant}) {
	let item = varyTitle(block, variant);
	item = replaceOrInsert(item, /<guid\b[^>]*>[\s\S]*?<\/guid>|<guid\b[^>]*\/>/, `<guid isPermaLink="false">${guid}</guid>`, '</item>');
	item = replaceOrInsert(item, /<pubDate>[\s\S]*?<\/pubDate>/, `<pubDate>${date.toUTCString()}</pubDate>`, '</item>');
	item = item.replace(/<dc:date>[\s\S]*?<\/dc:date>/g, `<dc:date>${date.toISOString()}</dc:date>`);
	return item;
}

function atomEntry(block, {guid, date, variant}) {
	let entry = varyTitle(block, variant);
	entry = replaceOrInsert(entry, /<id>[\s\S]*?<\/id>/, `<id>${guid}</id>`, '</entry>');
	entry = replaceOrInsert(entry, /<updated>[\s\S]*?<\/updated>/, `<updated>${date.toISOString()}</updated>`, '</entry>');
	entry = entry.replace(/<published>[\s\S]*?<\/published>/, `<published>${date.toISOString()}</published>`);
	return entry;
}

function xmlnsAttributes(namespaces) {
	return [...namespaces].map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
}

/**
 * Makes `count` feeds of `itemsPerFeed` items. Each feed leans on one fixture (so sizes vary the way
 * real outlets do: Google News teasers are small, Guardian bodies are large) and mixes in items
 * from the others; every item gets a farm-wide unique guid, its own date and a varied title.
 * Dates end at `newest` (default: the start of the current hour) and span about a week, so the
 * articles stay inside a reader's retention window whenever the bench runs.
 */
export function buildFarmFeeds({count = 200, itemsPerFeed = 50, seed = 20_261_125, fixtureDir, baseUrl = 'http://127.0.0.1', newest = Math.floor(Date.now() / 3_600_000) * 3_600_000} = {}) {
	const pools = loadFixturePools(fixtureDir);
	const random = createRandom(seed);
	const feeds = [];
	for (let index = 0; index < count; index++) {
		const format = index % 4 === 3 ? 'atom' : 'rss';
		const pool = pools[format];
		const primary = pool.sources[Math.floor(random() * pool.sources.length)];
		const items = [];
		for (let itemIndex = 0; itemIndex < itemsPerFeed; itemIndex++) {
			const fromPrimary = random() < 0.7;
			const pick = fromPrimary
				? pool.items[primary.first + ((itemIndex + Math.floor(random() * primary.count)) % primary.count)]
				: pool.items[Math.floor(random() * pool.items.length)];
			const guid = `urn:lagebild-farm:${index}:${itemIndex}`;
			const date = new Date(newest - (index * 37 + itemIndex * 41 + Math.floor(random() * 30)) * 60_000);
			const variant = Math.floor(random() * titleVariants.length);
			items.push(format === 'atom' ? atomEntry(pick.block, {guid, date, variant}) : rssItem(pick.block, {guid, date, variant}));
		}
		const name = String(index).padStart(3, '0');
		const feedPath = `/feeds/${name}.${format === 'atom' ? 'atom' : 'rss'}`;
		const title = `${primary.title} · farm ${name}`;
		const updated = new Date(newest - index * 37 * 60_000);
		const body =
			format === 'atom'
				? `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"${xmlnsAttributes(pool.namespaces)}>\n<title>${escapeXml(title)}</title>\n<id>urn:lagebild-farm:${index}</id>\n<updated>${updated.toISOString()}</updated>\n<link rel="alternate" href="${baseUrl}${feedPath}"/>\n${items.join('\n')}\n</feed>\n`
				: `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"${xmlnsAttributes(pool.namespaces)}>\n<channel>\n<title>${escapeXml(title)}</title>\n<link>${baseUrl}${feedPath}</link>\n<description>Benchmark feed ${name} mixed from ${primary.name}</description>\n<lastBuildDate>${updated.toUTCString()}</lastBuildDate>\n${items.join('\n')}\n</channel>\n</rss>\n`;
		const bytes = Buffer.from(body, 'utf8');
		feeds.push({
			index,
			path: feedPath,
			title,
			format,
			primary: primary.name,
			items: itemsPerFeed,
			body: bytes,
			gzip: gzipSync(bytes),
			etag: `"${createHash('sha1').update(bytes).digest('hex').slice(0, 20)}"`,
			lastModified: updated.toUTCString(),
			contentType: format === 'atom' ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8',
		});
	}
	return feeds;
}
