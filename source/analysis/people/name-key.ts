// Transliteration-aware keys for names, so Selenskij, Selenskyj, Zelensky and Zelenskyy compare equal.

import {accentFold} from '../../text/accent-fold.js';

const cache = new Map<string, string>();

/** Folds a name (one word or several) into a spelling-independent key. */
export function nameKey(name: string): string {
	const cached = cache.get(name);
	if (cached !== undefined) return cached;
	const key = computeKey(name);
	// Bounded, so endless distinct words cannot grow it without limit.
	if (cache.size > 20_000) cache.clear();
	cache.set(name, key);
	return key;
}

function computeKey(name: string): string {
	// The app's one fold (NFKD, marks removed, lower case); then ß and all but letters and spaces go.
	let key = accentFold(name);
	key = key.replace(/ß/g, 'ss').replace(/[^a-z ]/g, '');
	// Order matters: longer clusters first so "tsch" does not turn into "tsh".
	key = key
		.replace(/tsch/g, 'ch')
		.replace(/sch/g, 'sh')
		.replace(/tch/g, 'ch')
		.replace(/kh/g, 'h')
		.replace(/ch/g, 'h')
		.replace(/ph/g, 'f')
		.replace(/ck/g, 'k')
		.replace(/c/g, 'k')
		.replace(/w/g, 'v')
		.replace(/z/g, 's')
		.replace(/ou/g, 'u')
		.replace(/[yj]+/g, 'i')
		.replace(/i+/g, 'i')
		.replace(/ie\b/g, 'i');
	// Collapse doubled letters last: "Zelenskyy" and "Selenskij" both end in a single "i" here.
	key = key.replace(/([a-z])\1+/g, '$1');
	return key.trim().replace(/ +/g, ' ');
}

const surnameCache = new Map<string, string>();

/** Key of the last word of a name, the part every mention of a person shares. */
export function surnameKey(name: string): string {
	const cached = surnameCache.get(name);
	if (cached !== undefined) return cached;
	const words = name.trim().split(/\s+/);
	const key = nameKey(words[words.length - 1] ?? '');
	// Bounded like the name keys; asked for the same names over and over by every registry lookup.
	if (surnameCache.size > 20_000) surnameCache.clear();
	surnameCache.set(name, key);
	return key;
}
