// Per-feed boilerplate: names a feed repeats in many of its items (its own name, the outlets an aggregator lists).

import type {FeatureCounts, PackedFeatures} from './features.js';

/** Only feeds with at least this many articles in the set are judged. */
const minFeedArticles = 10;
/** A name in at least this share of one feed's articles is that feed's boilerplate, not news. */
const maxNameShare = 0.15;

/**
 * How often each feed names each name, kept up to date as articles come and go, so the briefing session
 * knows a feed's boilerplate without recounting every article on each refresh.
 */
export class FeedNameCounts {
	private readonly feeds = new Map<string, {articles: number; names: Map<string, number>}>();

	/** Counts an article of `feed` with these name features ("e:…"; others are ignored). */
	add(feed: string, names: Iterable<string>): void {
		this.count(feed, names, 1);
	}

	remove(feed: string, names: Iterable<string>): void {
		this.count(feed, names, -1);
	}

	/** The name stems that are boilerplate in `feed`, sorted (so two sets compare as text). */
	boilerplateOf(feed: string): string[] {
		const entry = this.feeds.get(feed);
		if (!entry || entry.articles < minFeedArticles) return [];
		const stems: string[] = [];
		for (const [feature, count] of entry.names) if (count >= entry.articles * maxNameShare) stems.push(feature.slice(2));
		return stems.sort();
	}

	private count(feed: string, names: Iterable<string>, delta: 1 | -1): void {
		let entry = this.feeds.get(feed);
		if (!entry) {
			entry = {articles: 0, names: new Map()};
			this.feeds.set(feed, entry);
		}
		entry.articles += delta;
		for (const feature of names) {
			if (!feature.startsWith('e:')) continue;
			const count = (entry.names.get(feature) ?? 0) + delta;
			if (count > 0) entry.names.set(feature, count);
			else entry.names.delete(feature);
		}
		if (entry.articles <= 0) this.feeds.delete(feed);
	}
}

/** `features` without the boilerplate `stems` (names and their word and stem features); the same object when none occurs. */
export function withoutBoilerplate(features: FeatureCounts, stems: ReadonlySet<string>): FeatureCounts {
	if (stems.size === 0) return features;
	let affected = false;
	for (const stem of stems) {
		if (features[`e:${stem}`] !== undefined || features[`w:${stem}`] !== undefined) {
			affected = true;
			break;
		}
	}
	if (!affected) return features;
	const kept: FeatureCounts = {};
	for (const [feature, count] of Object.entries(features)) {
		const kind = feature.slice(0, 2);
		const value = feature.slice(2);
		const stemOf = kind === 'f:' ? value.slice(0, 5) : value;
		if ((kind === 'e:' || kind === 'w:' || kind === 'f:') && stems.has(stemOf)) continue;
		kept[feature] = count;
	}
	return kept;
}

/** withoutBoilerplate for packed features: the same features in the same order; the same object when none occurs. */
export function packedWithoutBoilerplate(features: PackedFeatures, stems: ReadonlySet<string>): PackedFeatures {
	if (stems.size === 0) return features;
	const {keys, counts} = features;
	let kept: PackedFeatures | undefined;
	for (let k = 0; k < keys.length; k++) {
		if (isBoilerplate(keys[k]!, stems)) {
			kept ??= {keys: keys.slice(0, k), counts: counts.slice(0, k)};
			continue;
		}
		if (!kept) continue;
		kept.keys.push(keys[k]!);
		kept.counts.push(counts[k]!);
	}
	return kept ?? features;
}

/** A name's, word's or whole word's feature whose stem is one of `stems` (see withoutBoilerplate). */
function isBoilerplate(feature: string, stems: ReadonlySet<string>): boolean {
	const kind = feature.slice(0, 2);
	if (kind !== 'e:' && kind !== 'w:' && kind !== 'f:') return false;
	const value = feature.slice(2);
	return stems.has(kind === 'f:' ? value.slice(0, 5) : value);
}

/**
 * Removes, per feed, the names (and their word features) that appear in a large share of the feed's
 * articles: an aggregator's "… CNN", "… Fox News" lines or a site's own name would otherwise tie
 * unrelated stories together. Ordinary words are left alone: only names are judged, so a topic a feed
 * covers often ("Corona") keeps its word feature wherever it is not also a repeated name.
 */
export function stripFeedBoilerplate<T extends {feed: string; features: FeatureCounts}>(items: T[]): T[] {
	const counts = new FeedNameCounts();
	for (const item of items) counts.add(item.feed, Object.keys(item.features));
	const stemsOf = new Map<string, Set<string>>();
	return items.map((item) => {
		let stems = stemsOf.get(item.feed);
		if (!stems) {
			stems = new Set(counts.boilerplateOf(item.feed));
			stemsOf.set(item.feed, stems);
		}
		const features = withoutBoilerplate(item.features, stems);
		return features === item.features ? item : {...item, features};
	});
}
