// Mutated versions of the real fixture feeds for the hardening fuzz tests: small seeds cut from real feeds, and the ways servers break them.

import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {decodeFeedBytes} from '../../source/feeds/decode.js';

export const fixtureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'fixtures', 'feeds');

export interface SeedFeed {
	file: string;
	/** A small but complete feed: the fixture's header with only its first few items. */
	text: string;
}

const itemStart = /<(?:item|entry)[\s>]/g;

/**
 * Cuts every fixture down to its header plus `items` items (a few KB), so that parsing one mutant costs about a
 * millisecond and tens of thousands of them fit in the test budget. The cut keeps the real markup of the items.
 */
export function loadSeedFeeds(items = 2): SeedFeed[] {
	const seeds: SeedFeed[] = [];
	for (const file of readdirSync(fixtureDir).sort()) {
		if (!/\.(?:rss|atom|rdf|xml)$/.test(file)) continue;
		const text = decodeFeedBytes(readFileSync(path.join(fixtureDir, file))).text;
		const starts = [...text.matchAll(itemStart)].map((match) => match.index);
		if (starts.length <= items) {
			seeds.push({file, text});
			continue;
		}
		const tag = text.slice(starts[items - 1]! + 1).startsWith('entry') ? 'entry' : 'item';
		const close = `</${tag}>`;
		const endOfLast = text.indexOf(close, starts[items - 1]!);
		// The closing tags of the document: everything after the last item.
		const lastClose = text.lastIndexOf(close);
		if (endOfLast < 0 || lastClose < 0) {
			seeds.push({file, text});
			continue;
		}
		seeds.push({file, text: text.slice(0, endOfLast + close.length) + text.slice(lastClose + close.length)});
	}
	return seeds;
}

const esc = '\u001B';

/** Strings a hostile feed puts into text: terminal sequences, controls, bidi and zero-width characters. */
export const hostileFragments: readonly string[] = [
	`${esc}[2J`, `${esc}[31m`, `${esc}]52;c;cm0gLXJmIH4K${esc}\\`, `${esc}]0;pwned\u0007`, `${esc}P1;2|x${esc}\\`, `${esc}_apc${esc}\\`,
	`${esc}c`, `${esc}[6n`, `${esc}]8;;http://evil.example/${esc}\\`, `${esc}[?1049h`, `${esc}[`, `${esc}]`, esc,
	'\u009B31m', '\u009D0;x\u009C', '\u0090x\u009C', '\u0007', '\u0008', '\u000D', '\u007F', '\u0000',
	'\u202E', '\u202D', '\u2066', '\u2069', '\u200B', '\u200F', '\u061C', '\uFEFF', '\u2028', '\uD800', '\uDC00',
];

const entityFragments = ['&#x1b;', '&#27;', '&#x9b;', '&#0;', '&#xFFFFFFFF;', '&#99999999999;', '&#xD800;', '&unknown;', '&amp', '&#', '&#x;', '&lt;script&gt;', '&#x202E;', '&amp;amp;amp;', '&'.repeat(50)];

export type Mutation =
	| {kind: 'truncate'; at: number}
	| {kind: 'flip'; at: number; bits: number}
	| {kind: 'delete-close-tag'; nth: number}
	| {kind: 'insert'; at: number; text: string}
	| {kind: 'duplicate'; at: number; length: number}
	| {kind: 'deep'; at: number; depth: number}
	| {kind: 'huge-attribute'; nth: number; length: number}
	| {kind: 'encoding'; encoding: 'latin1' | 'utf16le' | 'utf16be-bom' | 'utf8-bom' | 'declared-wrong'}
	| {kind: 'hostile-text'; nth: number; text: string; cdata: boolean};

/** Positions are fractions of the length, so one mutation fits any seed. */
const position = fc.double({min: 0, max: 1, noNaN: true, maxExcluded: true});

export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
	fc.record({kind: fc.constant('truncate' as const), at: position.map((p) => p)}).map((m) => ({...m, at: m.at})),
	fc.record({kind: fc.constant('flip' as const), at: position, bits: fc.integer({min: 1, max: 255})}),
	fc.record({kind: fc.constant('delete-close-tag' as const), nth: fc.nat({max: 200})}),
	fc.record({
		kind: fc.constant('insert' as const),
		at: position,
		text: fc.oneof(
			fc.constantFrom(...hostileFragments, ...entityFragments, '<', '>', '</item>', '</channel>', '<item>', '<![CDATA[', ']]>', '<!--', '"', '\'', '<!DOCTYPE x [<!ENTITY a "b">]>', '<?xml version="1.0"?>', '<x:y xmlns:x="urn:x">'),
			fc.string({unit: 'binary', maxLength: 12}),
			fc.string({unit: fc.constantFrom('<', '>', '/', '&', ';', '#', '"', 'a', ' ', '='), maxLength: 20}),
		),
	}),
	fc.record({kind: fc.constant('duplicate' as const), at: position, length: fc.integer({min: 1, max: 400})}),
	fc.record({kind: fc.constant('deep' as const), at: position, depth: fc.integer({min: 50, max: 1500})}),
	fc.record({kind: fc.constant('huge-attribute' as const), nth: fc.nat({max: 50}), length: fc.integer({min: 1000, max: 20_000})}),
	// Well-formed: hostile text inside an element's text, escaped or as CDATA, so the feed still parses.
	fc.record({
		kind: fc.constant('hostile-text' as const),
		nth: fc.nat({max: 100}),
		text: fc.array(fc.oneof(fc.constantFrom(...hostileFragments, ...entityFragments, 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x'), fc.string({maxLength: 8})), {minLength: 1, maxLength: 6}).map((parts) => parts.join('')),
		cdata: fc.boolean(),
	}),
	fc.record({kind: fc.constantFrom('encoding' as const), encoding: fc.constantFrom('latin1' as const, 'utf16le' as const, 'utf16be-bom' as const, 'utf8-bom' as const, 'declared-wrong' as const)}),
);

function nthIndex(text: string, pattern: RegExp, nth: number): number {
	const all = [...text.matchAll(pattern)];
	if (all.length === 0) return -1;
	return all[nth % all.length]!.index;
}

function encode(text: string, encoding: Extract<Mutation, {kind: 'encoding'}>['encoding']): Buffer {
	switch (encoding) {
		case 'latin1': return Buffer.from(text, 'latin1');
		case 'utf16le': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
		case 'utf16be-bom': return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
		case 'utf8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
		case 'declared-wrong': return Buffer.from(text.replace(/encoding=["'][^"']*["']/, 'encoding="x-no-such-charset"').replace(/^(?!<\?xml)/, '<?xml version="1.0" encoding="shift_jis"?>'), 'utf8');
	}
}

/** Applies the mutations in order; text mutations first, then the bytes ones (flips, encodings) on the encoded text. */
export function mutateFeed(seed: string, mutations: readonly Mutation[]): Buffer {
	let text = seed;
	let bytes: Buffer | undefined;
	for (const mutation of mutations) {
		if (bytes && mutation.kind !== 'flip' && mutation.kind !== 'truncate') continue;
		switch (mutation.kind) {
			case 'truncate':
				if (bytes) bytes = bytes.subarray(0, Math.floor(bytes.length * mutation.at));
				else text = text.slice(0, Math.floor(text.length * mutation.at));
				break;
			case 'flip': {
				bytes ??= Buffer.from(text, 'utf8');
				if (bytes.length === 0) break;
				const at = Math.floor(bytes.length * mutation.at);
				bytes[at] = bytes[at]! ^ mutation.bits;
				break;
			}
			case 'delete-close-tag': {
				const at = nthIndex(text, /<\/[^>]{1,40}>/g, mutation.nth);
				if (at >= 0) text = text.slice(0, at) + text.slice(text.indexOf('>', at) + 1);
				break;
			}
			case 'insert': {
				const at = Math.floor(text.length * mutation.at);
				text = text.slice(0, at) + mutation.text + text.slice(at);
				break;
			}
			case 'duplicate': {
				const at = Math.floor(text.length * mutation.at);
				text = text.slice(0, at) + text.slice(at, at + mutation.length) + text.slice(at);
				break;
			}
			case 'deep': {
				const at = Math.floor(text.length * mutation.at);
				text = text.slice(0, at) + '<d>'.repeat(mutation.depth) + 'x' + '</d>'.repeat(mutation.depth) + text.slice(at);
				break;
			}
			case 'huge-attribute': {
				const at = nthIndex(text, /<[a-zA-Z][\w:.-]*/g, mutation.nth);
				if (at < 0) break;
				const end = text.indexOf(' ', at) >= 0 && text.indexOf(' ', at) < text.indexOf('>', at) ? text.indexOf(' ', at) : text.indexOf('>', at);
				if (end < 0) break;
				text = `${text.slice(0, end)} data-x="${'A&amp;\u202E'.repeat(Math.ceil(mutation.length / 10)).slice(0, mutation.length)}"${text.slice(end)}`;
				break;
			}
			case 'hostile-text': {
				// After the opening tag of a text element: title, link, guid, author, description, content, summary, id.
				const at = nthIndex(text, /<(?:title|link|guid|author|dc:creator|description|content:encoded|content|summary|id|name)(?:\s[^>]*)?>/g, mutation.nth);
				if (at < 0) break;
				const end = text.indexOf('>', at) + 1;
				const inserted = mutation.cdata ? `<![CDATA[${mutation.text.replaceAll(']]>', '')}]]>` : mutation.text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
				text = text.slice(0, end) + inserted + text.slice(end);
				break;
			}
			case 'encoding':
				bytes = encode(text, mutation.encoding);
				break;
		}
	}
	return bytes ?? Buffer.from(text, 'utf8');
}

/** A seed index and one to four mutations. */
export function mutantArbitrary(seedCount: number): fc.Arbitrary<{seed: number; mutations: Mutation[]}> {
	return fc.record({seed: fc.nat({max: seedCount - 1}), mutations: fc.array(mutationArbitrary, {minLength: 1, maxLength: 4})});
}

/** Every character a terminal could act on or that hides or reorders text; what sanitized text must not contain. */
export const unsafeCharacter = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2028\u2029\u2060-\u2069\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Mutants that stay well-formed XML: hostile text inside elements, possibly re-encoded. These reach normalize and analysis. */
export function wellFormedMutantArbitrary(seedCount: number): fc.Arbitrary<{seed: number; mutations: Mutation[]}> {
	const hostile = mutationArbitrary.filter((mutation) => mutation.kind === 'hostile-text');
	const encoding = fc.constantFrom<Mutation>({kind: 'encoding', encoding: 'utf16le'}, {kind: 'encoding', encoding: 'utf8-bom'}, {kind: 'encoding', encoding: 'utf16be-bom'});
	return fc.record({
		seed: fc.nat({max: seedCount - 1}),
		mutations: fc.tuple(fc.array(hostile, {minLength: 1, maxLength: 5}), fc.option(encoding, {freq: 4})).map(([text, enc]) => (enc ? [...text, enc] : text)),
	});
}
