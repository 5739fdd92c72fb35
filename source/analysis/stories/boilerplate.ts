// Per-feed boilerplate: names a feed repeats in many of its items (its own name, the outlets an aggregator lists).

import type {FeatureCounts} from './features.js';

/** Only feeds with at least this many articles in the set are judged. */
const minFeedArticles = 10;
/** A name in at least this share of one feed's articles is that feed's boilerplate, not news. */
const maxNameShare = 0.15;

/**
 * Removes, per feed, the names (and their word features) that appear in a large share of the feed's
 * articles: an aggregator's "… CNN", "… Fox News" lines or a site's own name would otherwise tie
 * unrelated stories together. Ordinary words are left alone: only names are judged, so a topic a feed
 * covers often ("Corona") keeps its word feature wherever it is not also a repeated name.
 */
export function stripFeedBoilerplate<T extends {feed: string; features: FeatureCounts}>(items: T[]): T[] {
	const byFeed = new Map<string, T[]>();
	for (const item of items) {
		const list = byFeed.get(item.feed);
		if (list) list.push(item);
		else byFeed.set(item.feed, [item]);
	}
	const boilerplate = new Map<string, Set<string>>();
	for (const [feed, list] of byFeed) {
		if (list.length < minFeedArticles) continue;
		const counts = new Map<string, number>();
		for (const item of list) for (const feature of Object.keys(item.features)) if (feature.startsWith('e:')) counts.set(feature, (counts.get(feature) ?? 0) + 1);
		const stems = new Set<string>();
		for (const [feature, count] of counts) if (count >= list.length * maxNameShare) stems.add(feature.slice(2));
		if (stems.size > 0) boilerplate.set(feed, stems);
	}
	if (boilerplate.size === 0) return items;
	return items.map((item) => {
		const stems = boilerplate.get(item.feed);
		if (!stems) return item;
		let affected = false;
		for (const stem of stems) {
			if (item.features[`e:${stem}`] !== undefined || item.features[`w:${stem}`] !== undefined) {
				affected = true;
				break;
			}
		}
		if (!affected) return item;
		const features: FeatureCounts = {};
		for (const [feature, count] of Object.entries(item.features)) {
			const kind = feature.slice(0, 2);
			const value = feature.slice(2);
			const stemOf = kind === 'f:' ? value.slice(0, 5) : value;
			if ((kind === 'e:' || kind === 'w:' || kind === 'f:') && stems.has(stemOf)) continue;
			features[feature] = count;
		}
		return {...item, features};
	});
}
