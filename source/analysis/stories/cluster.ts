// Event clustering: TF-IDF vectors over stems, names and numbers, cosine similarity, average-link merging.

/**
 * Method. Each article is a TF-IDF vector (sublinear tf, smoothed idf) over four kinds of features
 * (see features.ts): 5-letter word stems, whole words, names (capitalized words inside a sentence) and
 * numbers. A name or a number is a feature of its own besides its word, so it counts twice: two reports of
 * one event share them across outlets and languages ("Griner", "117", "Kherson"). Extra multipliers
 * (`entityBoost`, `numberBoost`) did not help on the dev headlines and stay at 1. Similarity is cosine,
 * damped by the time between the two reports (exp(-Δt / 6 h)): on the dev set two events on one theme
 * (the Fed's rate hike, then commentary on the Fed hours later) differ mostly in time, and without the
 * damping F1 drops from 0.95 to 0.91. Two reports that share three rare names or more (the `m:` names of features.ts
 * whose `e:` features are under the blocking limit below: the event's place and people — "Malatya", "Turkey",
 * "Erdogan") and at most a day apart decay over a day instead: an event's follow-up ("death toll rises above 200" in the
 * evening after "buildings collapse in Malatya" in the morning) has moved on in its words, not in its names (walk 10
 * #209). A name is a run of capitalized words counted once ("Mayor Sören Link" is one name, not two), and a German noun
 * is none: every German noun is capitalized, so a word the window's reports use after an article ("die Feuerwehr", "im
 * Hafen") often enough is a common noun (review V17 #9). The similarity itself is not raised: two events in one
 * country on one day stay as far apart as if they had been reported in the same hour.
 * Articles further apart than the window (default 48 h) are never compared.
 * Two items of one feed count 0.6 of their similarity: an outlet rarely reports one event twice within
 * hours, while its rubrics and series ("… in 60 Sekunden", a site's recurring phrases) look alike; a real
 * follow-up still joins through the other outlets' reports (any factor 0.4–0.8 gives the same dev result).
 * Two reports that each say more than a headline (`longReportStems` word stems or more: a teaser, a body) are
 * compared only when they share at least two word stems: one word in common among so many is chance, however rare
 * the word ("vaccine" joined the E.U.'s vaccine hunt and U.S. monkeypox doses, walk 9 #207). Headlines alone
 * (the dev set) are left to the similarity: there one shared rare word often is the event.
 *
 * Candidate pairs come from an inverted index over features rarer than `maxDocFrequency`: frequent features
 * carry little idf weight and would make the pair count quadratic, so they neither create candidates nor
 * add to the score. Postings are sorted by time, so each lookup only walks the window.
 *
 * Stories are formed by average-link agglomerative clustering with a threshold on the sparse similarity
 * graph (a missing pair counts as similarity 0): repeatedly merge the two clusters with the highest mean
 * pairwise similarity while that mean is at least `threshold`. Average link avoids the chaining of single
 * link (a live blog touching three events) and the brittleness of complete link. Because a merge needs at
 * least one pair at or above the threshold, clustering splits into the connected components of the graph of
 * such pairs; incremental updates re-cluster only the components that new articles touch.
 *
 * One report told twice — near-duplicate headlines (the outlet's name at the end left out, see
 * outlet-suffix.ts) or one address in two feeds — is merged before anything else (see sameReport and
 * averageLink), however far apart in time within the window: Google News lists an outlet's headline hours
 * before or after the outlet's own feed, and the time decay would keep the copy a story of its own.
 *
 * A story of several outlets takes a further report in only when that report shares a whole word of the story's core
 * (what at least half of its reports say, see joinsCore): the mean similarity alone let a report that shares a verb, a
 * stem and a quoted person with every outlet's report join the day's main story (walk 8 #175).
 *
 * Tuned on ../shared/eval/clusters-dev (headlines only) with `npm run eval:stories`: threshold 0.07–0.09
 * and a time scale of 4–6 h all give B-cubed F1 0.946–0.967; 0.08 and 6 h (F1 0.962) sit in the middle.
 */

import {articleFeatures, commonNounMark, headlineNumberMark, headlinePrefix, headPrefix, isPacked, linkPrefix, liveKey, namesPrefix, packFeatures, type FeatureCounts, type FeatureSource, type PackedFeatures} from './features.js';
import {stripFeedBoilerplate} from './boilerplate.js';

export interface ClusterOptions {
	/** Articles further apart than this are never compared directly. */
	windowHours: number;
	/** Minimum mean cosine similarity for two clusters to merge. */
	threshold: number;
	/** Multiplier for name features. */
	entityBoost: number;
	/** Multiplier for number features. */
	numberBoost: number;
	/** Similarity decays as exp(-Δt / timeScaleHours): reports of one event come close together. */
	timeScaleHours: number;
	/** Two reports sharing `followUpNames` rare names, at most this far apart, decay this slowly: an event's follow-up keeps its place and people (see the method). */
	followUpTimeScaleHours: number;
	/** How many rare names (`e:`) two reports must share to be compared at the follow-up time scale. */
	followUpNames: number;
	/** Multiplier for two articles of the same feed (a series or rubric looks alike without being one event). */
	sameFeedFactor: number;
	/** Two articles of the same feed are one event only when they share at least this many (rare) word stems. */
	sameFeedMinStems: number;
	/** Two articles with at least this many word stems each (more than a headline) must share two of them (see the method). */
	longReportStems: number;
	/** Incremental updates re-cluster whole components up to this many articles, else only the stories around the change. */
	maxExactComponent: number;
	/** Two headlines sharing this share of their words (of the longer one) are one report told twice (see sameReport). */
	duplicateHeadlineShare: number;
	/** Near-duplicate headlines are one report only if their texts agree under a time decay this many times slower than the usual one. */
	duplicateTimeFactor: number;
	/** A story of at least this many reports takes others in only when they share a word of its core (see joinsCore). */
	coreMinStory: number;
	/** The core of a story: the whole words at least this share of its reports have. */
	coreShare: number;
}

/** A story's word counts (see StoryClusterer.wordCounts) and the size of the group they were counted for. */
interface Core {
	size: number;
	counts: Map<number, number>;
}

export const defaultClusterOptions: ClusterOptions = {
	windowHours: 48,
	threshold: 0.08,
	entityBoost: 1,
	numberBoost: 1,
	timeScaleHours: 6,
	// A day; 2 names at 16–24 h moved one two-event headline of the dev set to the other event (F1 0.967 → 0.945).
	followUpTimeScaleHours: 24,
	followUpNames: 3,
	sameFeedFactor: 0.6,
	sameFeedMinStems: 3,
	// 12–16 give the same figures on all four cases; 10 cuts pairs of long English headlines, 18 no longer helps the German bodies.
	longReportStems: 14,
	maxExactComponent: 400,
	duplicateHeadlineShare: 0.75,
	duplicateTimeFactor: 4,
	coreMinStory: 4,
	coreShare: 0.5,
};

/**
 * The similarity that marks two articles as copies of one report (near-duplicate headlines, one address):
 * above any cosine, so recluster can tell them and averageLink merges them first.
 */
export const sameReport = 2;

/** Headlines shorter than this (in words, both) are never near duplicates: "Your Friday Briefing" recurs daily. */
const minDuplicateHeadlineWords = 4;

export interface ClusterInput {
	id: string;
	/** The feed (outlet) the article comes from; optional. */
	feed?: string;
	/** Epoch milliseconds. */
	time: number;
	features: FeatureCounts | PackedFeatures;
}

interface Doc {
	id: string;
	feed: string;
	time: number;
	index: number;
	/** Feature ids and their tf weights (sublinear tf × type boost); idf is applied when comparing. */
	features: Int32Array;
	weights: Float64Array;
	/** How many of the features are word stems (`w:`): whether the article says more than a headline. */
	stems: number;
	/** Length of the TF-IDF vector, as of idf epoch `normEpoch` (see normOf). */
	norm: number;
	normEpoch: number;
	/** Removed (left the window); the slot stays so indices keep their meaning. */
	removed: boolean;
	/** The headline's words (of its `h:` key), sorted; compared apart from the vector. */
	headline: readonly string[];
	/** The headline's numbers (marked "#…"), sorted: near duplicates have the same. */
	numbers: readonly string[];
	/** The article's address key (`u:…`), or ''. */
	link: string;
	/** The word stems of the headline's head (`p:`, "Wechselstadt:"), or none. */
	head: readonly string[];
	/** The article's names (`m:`) as ids of their `e:` features, sorted; only those among its features (not a feed's boilerplate). */
	names: Int32Array;
	/** The `e:` features the article uses as common nouns (`m:`'s marked stems), as ids. */
	nouns: Int32Array;
	/** A live blog (`l:`): two of one feed's are two events. */
	live: boolean;
	/** Its whole words (see wordsOf) as of rarity version `wordsAt`, or -1 before they are first read. */
	words: Int32Array;
	wordsAt: number;
}

const noWords: readonly string[] = [];
const noIds = new Int32Array(0);

/** A name that at least this share of the reports naming it use after an article is a common noun (see isCommonNoun). */
const commonNounShare = 0.25;

/** A key feature (`h:`, `u:`, `p:`, `m:`, `l:`), read apart from the weighed ones; by character codes, as it runs for every feature of every article. */
function isKeyFeature(feature: string): boolean {
	if (feature.charCodeAt(1) !== 58) return false;
	const kind = feature.charCodeAt(0);
	return kind === 104 || kind === 117 || kind === 112 || kind === 109 || kind === 108;
}

/** A word stem feature (`w:`), by character codes like isKeyFeature. */
function isStem(feature: string): boolean {
	return feature.charCodeAt(0) === 119 && feature.charCodeAt(1) === 58;
}

/** True when two sorted lists hold the same words. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
	return true;
}

/** How many words two sorted lists share. */
function sharedCount(a: readonly string[], b: readonly string[]): number {
	let shared = 0;
	let i = 0;
	let j = 0;
	while (i < a.length && j < b.length) {
		const x = a[i]!;
		const y = b[j]!;
		if (x === y) {
			shared++;
			i++;
			j++;
		} else if (x < y) i++;
		else j++;
	}
	return shared;
}

/**
 * Pairs below this share of the threshold are dropped: they barely move a cluster mean, and keeping
 * them would make the kept similarity graph (needed for incremental updates) large.
 */
const minEdgeShare = 0.25;

/** Features present in more documents than this are ignored for blocking and scoring. */
function maxDocFrequency(documentCount: number): number {
	return Math.max(40, Math.ceil(documentCount * 0.02));
}

function typeBoost(feature: string, options: ClusterOptions): number {
	if (feature.startsWith('e:')) return options.entityBoost;
	// One-digit numbers ("7 things") are everyday words; longer ones (117, 0.75, 2033) identify.
	if (feature.startsWith('n:')) return feature.length > 3 ? options.numberBoost : 1;
	return 1;
}

class MaxHeap<T> {
	private readonly items: T[] = [];
	constructor(private readonly before: (a: T, b: T) => boolean) {}
	get size(): number {
		return this.items.length;
	}
	push(item: T): void {
		const items = this.items;
		items.push(item);
		let index = items.length - 1;
		while (index > 0) {
			const parent = (index - 1) >> 1;
			if (!this.before(items[index]!, items[parent]!)) break;
			[items[index], items[parent]] = [items[parent]!, items[index]!];
			index = parent;
		}
	}
	pop(): T | undefined {
		const items = this.items;
		const top = items[0];
		const last = items.pop();
		if (items.length > 0 && last !== undefined) {
			items[0] = last;
			let index = 0;
			for (;;) {
				const left = index * 2 + 1;
				const right = left + 1;
				let best = index;
				if (left < items.length && this.before(items[left]!, items[best]!)) best = left;
				if (right < items.length && this.before(items[right]!, items[best]!)) best = right;
				if (best === index) break;
				[items[index], items[best]] = [items[best]!, items[index]!];
				index = best;
			}
		}
		return top;
	}
}

interface MergeCandidate {
	mean: number;
	a: number;
	b: number;
	versionA: number;
	versionB: number;
}

/**
 * Average-link clustering of `members` (document indices) over the sparse similarities `edges` (`edges.get(i)`
 * maps j → sim; only pairs i < j with both in `within` are read, so the clusterer's own symmetric edges serve
 * without a copy). Returns groups of document indices; deterministic.
 */
function averageLink(
	members: number[],
	edges: ReadonlyMap<number, ReadonlyMap<number, number>>,
	within: ReadonlySet<number>,
	threshold: number,
	copies: ReadonlyArray<readonly [number, number]> = [],
	mayMerge: (a: readonly number[], b: readonly number[]) => boolean = () => true,
): number[][] {
	const size = new Map<number, number>();
	const version = new Map<number, number>();
	const groups = new Map<number, number[]>();
	const links = new Map<number, Map<number, number>>();
	// Copies of one report (`copies`, the pairs of sameReport) are merged before anything else, whatever
	// their similarity: left to the means, an aggregator's copy hours after the outlet's own would stay a
	// story of its own (the time decay keeps it from the event's other reports). From then on the group is
	// an ordinary cluster (its members count in every mean). Tried and dropped: the group as one item with
	// the mean of its copies' similarities (a report with a copy held less to its event: dev + Google News
	// recall 0.925 against 0.944), and with the closer copy's (an aggregator's copies are close in time and
	// their bodies, lists of related headlines, alike: two events chained, snapshot precision 0.90).
	const copyOf = new Map<number, number>();
	const find = (index: number): number => {
		let root = index;
		for (let next = copyOf.get(root); next !== undefined; next = copyOf.get(root)) root = next;
		return root;
	};
	for (const [i, j] of copies) {
		const x = find(i);
		const y = find(j);
		if (x !== y) copyOf.set(Math.max(x, y), Math.min(x, y));
	}
	for (const member of members) {
		const root = copyOf.size === 0 ? member : find(member);
		if (root !== member) {
			groups.get(root)!.push(member);
			size.set(root, size.get(root)! + 1);
			continue;
		}
		size.set(member, 1);
		version.set(member, 0);
		groups.set(member, [member]);
		links.set(member, new Map());
	}
	// Maps are walked with forEach here and below, in the same order as for…of, without a [key, value] pair per entry: a
	// refresh's re-clustering allocated ~9 MB of them (bench/findings.md, sixteenth session).
	for (const i of members) {
		const x = copyOf.size === 0 ? i : find(i);
		const linksX = links.get(x)!;
		edges.get(i)?.forEach((sim, j) => {
			if (i >= j || !within.has(j)) return;
			const y = copyOf.size === 0 ? j : find(j);
			if (x === y) return;
			const linksY = links.get(y);
			if (!linksY) return;
			linksX.set(y, (linksX.get(y) ?? 0) + sim);
			linksY.set(x, (linksY.get(x) ?? 0) + sim);
		});
	}
	const heap = new MaxHeap<MergeCandidate>((x, y) =>
		x.mean !== y.mean ? x.mean > y.mean : x.a !== y.a ? x.a < y.a : x.b < y.b,
	);
	links.forEach((neighbours, i) => {
		neighbours.forEach((sim, j) => {
			const mean = sim / (size.get(i)! * size.get(j)!);
			if (i < j && mean >= threshold) heap.push({mean, a: i, b: j, versionA: 0, versionB: 0});
		});
	});
	while (heap.size > 0) {
		const candidate = heap.pop()!;
		const {a, b} = candidate;
		if (version.get(a) !== candidate.versionA || version.get(b) !== candidate.versionB) continue;
		// Left apart for now; should either grow, the pair is a candidate again under the new versions.
		if (!mayMerge(groups.get(a)!, groups.get(b)!)) continue;
		// Merge b into a.
		const linksA = links.get(a)!;
		const linksB = links.get(b)!;
		linksA.delete(b);
		linksB.forEach((sum, c) => {
			if (c === a) return;
			linksA.set(c, (linksA.get(c) ?? 0) + sum);
			const linksC = links.get(c)!;
			linksC.delete(b);
			linksC.set(a, (linksC.get(a) ?? 0) + sum);
		});
		links.delete(b);
		size.set(a, size.get(a)! + size.get(b)!);
		size.delete(b);
		version.set(a, version.get(a)! + 1);
		version.delete(b);
		// The longer list takes the shorter one's members (the merged group keeps the key `a`): what mayMerge keeps per list
		// (a story's word counts, see StoryClusterer.joinsCore) is brought up to date by what is pushed onto it.
		const groupA = groups.get(a)!;
		const groupB = groups.get(b)!;
		if (groupB.length > groupA.length) {
			for (const member of groupA) groupB.push(member);
			groups.set(a, groupB);
		} else for (const member of groupB) groupA.push(member);
		groups.delete(b);
		const sizeA = size.get(a)!;
		linksA.forEach((sum, c) => {
			const mean = sum / (sizeA * size.get(c)!);
			if (mean < threshold) return;
			const x = a < c ? a : c;
			const y = a < c ? c : a;
			heap.push({mean, a: x, b: y, versionA: version.get(x)!, versionB: version.get(y)!});
		});
	}
	return [...groups.values()].map((group) => group.sort((x, y) => x - y));
}

/** A StoryClusterer as plain data (see toState). */
export interface ClustererState {
	options: ClusterOptions;
	docs: Array<{id: string; feed: string; time: number; features: Int32Array; weights: Float64Array; removed: boolean; headline?: readonly string[]; numbers?: readonly string[]; link?: string; head?: readonly string[]; names?: Int32Array; nouns?: Int32Array; live?: boolean}>;
	featureNames: string[];
	documentFrequency: number[];
	postingDocs: number[][];
	postingWeights: number[][];
	label: number[];
	clusterMembers: Map<number, number[]>;
	edges: Map<number, Map<number, number>>;
	drift: number;
}

/**
 * Incremental story clustering. `add` takes new articles and `remove` drops articles (that left the time
 * window); both re-cluster only the components of the similarity graph they touch, and every other story
 * keeps its members. The result equals a batch run over the same articles except for idf drift:
 * similarities among older articles keep the idf of the moment they were computed. `drift` counts the
 * articles added or removed since the last batch-equivalent state, so a caller can rebuild when it grows
 * (the briefing session does at 5 %). Tests check equality up to one article on the dev set (five refreshes) and ≥ 99 % identical
 * stories on 2,500 generated articles after a refresh of 100.
 */
export class StoryClusterer {
	private readonly options: ClusterOptions;
	private readonly docs: Doc[] = [];
	/** Each document's time by index, beside `docs`: the posting walks in neighbours read nothing else of a document. */
	private readonly times: number[] = [];
	private readonly byId = new Map<string, Doc>();
	private readonly featureIds = new Map<string, number>();
	private readonly featureNames: string[] = [];
	private readonly documentFrequency: number[] = [];
	/** Feature id → documents that have it and their tf weights, sorted by (time, index). */
	private readonly postingDocs: number[][] = [];
	private readonly postingWeights: number[][] = [];
	/** Per name feature (`e:`), how many documents use it as a common noun (see isCommonNoun). */
	private readonly nounUses: number[] = [];
	/** Per feature, entries appended to its posting by the add under way (scratch, zero between adds). */
	private readonly appended: number[] = [];
	private idf = new Float64Array(0);
	private idfEpoch = 0;
	/** Document index → cluster label (smallest member index). */
	private readonly label: number[] = [];
	private readonly clusterMembers = new Map<number, number[]>();
	private accumulator = new Float64Array(0);
	/** Per document, how many word stems (`w:`) it shares with the one whose neighbours are sought (scratch, zero between). */
	private sharedStems = new Int32Array(0);
	/** The documents neighbours() has touched so far (scratch): an array grown by push was ~14 MB of a refresh's allocations. */
	private touchedDocs = new Int32Array(0);
	/** Per feature, the sum typicality() is taking (scratch, zero between calls). */
	private centroid = new Float64Array(0);
	/**
	 * Per feature, whether it is over the blocking limit (1) as of the last add or remove, and the rarity version in which
	 * that last changed: a document's words (wordsOf) stand while none of its features changed since they were read.
	 */
	private overLimit = new Uint8Array(0);
	private rarityChanged = new Int32Array(0);
	private rarityVersion = 0;
	/** How many features updateRarity has seen. */
	private rarityKnown = 0;
	/** Stories (by label) re-clustered or dissolved since the last takeChanges(). */
	private readonly changed = new Set<number>();
	private readonly gone = new Set<number>();
	/** Document index → its similarities to other documents, kept for incremental updates. */
	private readonly edges = new Map<number, Map<number, number>>();

	/** How many document pairs were scored so far (for the benchmark: sub-quadratic in practice). */
	candidatePairs = 0;
	/** Articles added or removed after the first `add`: how far similarities may lag behind today's idf. */
	drift = 0;
	private live = 0;

	constructor(options: Partial<ClusterOptions> = {}) {
		this.options = {...defaultClusterOptions, ...options};
	}

	/** Everything the clusterer knows, as plain data (structured-clone safe): a later fromState continues exactly here. */
	toState(): ClustererState {
		return {
			options: this.options,
			docs: this.docs.map(({id, feed, time, features, weights, removed, headline, numbers, link, head, names, nouns, live}) => ({id, feed, time, features, weights, removed, headline, numbers, link, head, names, nouns, live})),
			featureNames: this.featureNames,
			documentFrequency: this.documentFrequency,
			postingDocs: this.postingDocs,
			postingWeights: this.postingWeights,
			label: this.label,
			clusterMembers: this.clusterMembers,
			edges: this.edges,
			drift: this.drift,
		};
	}

	/** The clusterer a toState() described. */
	static fromState(state: ClustererState): StoryClusterer {
		const clusterer = new StoryClusterer(state.options);
		for (const [index, saved] of state.docs.entries()) {
			// A state saved before headlines and addresses were kept has neither: those documents are compared by their vectors only.
			// A state saved before names were kept has none: its documents follow up on nothing. Nor live blogs: none is one.
			const doc: Doc = {...saved, index, stems: 0, norm: 1, normEpoch: -1, headline: saved.headline ?? noWords, numbers: saved.numbers ?? noWords, link: saved.link ?? '', head: saved.head ?? noWords, names: saved.names ?? noIds, nouns: saved.nouns ?? noIds, live: saved.live ?? false, words: noIds, wordsAt: -1};
			clusterer.docs.push(doc);
			clusterer.times.push(doc.time);
			if (!doc.removed) {
				clusterer.byId.set(doc.id, doc);
				clusterer.live++;
			}
		}
		for (const [id, name] of state.featureNames.entries()) {
			clusterer.featureNames.push(name);
			clusterer.featureIds.set(name, id);
		}
		for (const doc of clusterer.docs) for (const id of doc.features) if (isStem(clusterer.featureNames[id]!)) doc.stems++;
		// Loops, not push(...list): a spread of 100,000 features overflows the call stack.
		for (const [id, frequency] of state.documentFrequency.entries()) {
			clusterer.documentFrequency.push(frequency);
			clusterer.appended.push(0);
			clusterer.postingDocs.push(state.postingDocs[id]!);
			clusterer.postingWeights.push(state.postingWeights[id]!);
			clusterer.nounUses.push(0);
		}
		for (const doc of clusterer.docs) if (!doc.removed) for (const id of doc.nouns) clusterer.nounUses[id]!++;
		for (const label of state.label) clusterer.label.push(label);
		for (const [label, members] of state.clusterMembers) clusterer.clusterMembers.set(label, members);
		for (const [index, neighbours] of state.edges) clusterer.edges.set(index, neighbours);
		clusterer.drift = state.drift;
		clusterer.accumulator = new Float64Array(clusterer.docs.length);
		clusterer.sharedStems = new Int32Array(clusterer.docs.length);
		clusterer.touchedDocs = new Int32Array(clusterer.docs.length);
		if (clusterer.live > 0) clusterer.updateIdf();
		return clusterer;
	}

	/** Articles currently clustered. */
	get size(): number {
		return this.live;
	}

	has(id: string): boolean {
		return this.byId.has(id);
	}

	add(inputs: ClusterInput[]): void {
		const before = this.live;
		const fresh: Doc[] = [];
		const touched: number[] = [];
		// Both boosts are 1 by default: every weight is then its tf (× 1, exactly), without two prefix tests per feature.
		const boosted = this.options.entityBoost !== 1 || this.options.numberBoost !== 1;
		for (const input of inputs) {
			if (this.byId.has(input.id)) continue;
			const {keys: entries, counts} = isPacked(input.features) ? input.features : packFeatures(input.features);
			let weighed = entries.length;
			for (const feature of entries) if (isKeyFeature(feature)) weighed--;
			const doc: Doc = {
				id: input.id,
				feed: input.feed ?? '',
				time: input.time,
				index: this.docs.length,
				features: new Int32Array(weighed),
				weights: new Float64Array(weighed),
				stems: 0,
				norm: 1,
				normEpoch: -1,
				removed: false,
				headline: noWords,
				numbers: noWords,
				link: '',
				head: noWords,
				names: noIds,
				nouns: noIds,
				live: false,
				words: noIds,
				wordsAt: -1,
			};
			let nameStems: string[] | undefined;
			let position = 0;
			for (let entry = 0; entry < entries.length; entry++) {
				const feature = entries[entry]!;
				if (weighed < entries.length && isKeyFeature(feature)) {
					if (feature.startsWith(namesPrefix)) nameStems = feature.slice(namesPrefix.length).split(' ');
					else this.addKey(doc, feature);
					continue;
				}
				let id = this.featureIds.get(feature);
				if (id === undefined) {
					id = this.featureNames.length;
					this.featureIds.set(feature, id);
					this.featureNames.push(feature);
					this.documentFrequency.push(0);
					this.postingDocs.push([]);
					this.postingWeights.push([]);
					this.appended.push(0);
					this.nounUses.push(0);
				}
				const weight = boosted ? (1 + Math.log(counts[entry]!)) * typeBoost(feature, this.options) : 1 + Math.log(counts[entry]!);
				doc.features[position] = id;
				doc.weights[position] = weight;
				position++;
				if (isStem(feature)) doc.stems++;
				this.documentFrequency[id]!++;
				this.postingDocs[id]!.push(doc.index);
				this.postingWeights[id]!.push(weight);
				if (this.appended[id]!++ === 0) touched.push(id);
			}
			if (nameStems) this.readNames(doc, nameStems);
			this.docs.push(doc);
			this.times.push(doc.time);
			this.byId.set(doc.id, doc);
			this.label.push(doc.index);
			this.live++;
			fresh.push(doc);
		}
		if (fresh.length === 0) return;
		if (before > 0) this.drift += fresh.length;
		for (const id of touched) {
			this.sortPosting(id, this.appended[id]!);
			this.appended[id] = 0;
		}
		this.updateIdf();
		const n = this.docs.length;
		if (this.accumulator.length < n) this.accumulator = new Float64Array(Math.max(n, this.accumulator.length * 2));
		if (this.sharedStems.length < n) this.sharedStems = new Int32Array(this.accumulator.length);
		if (this.touchedDocs.length < n) this.touchedDocs = new Int32Array(this.accumulator.length);
		// Similarities of the new documents; pairs among older documents keep the similarity computed when
		// the younger of the two arrived (idf drifts a little as documents come in; the equivalence tests
		// bound how much this changes the stories).
		// Each pair once: a new document skips the new ones added before it, which have scored the pair already.
		const firstFresh = fresh[0]!.index;
		// A first batch in time order (as the session clusters): every document before one in a posting is one it skips.
		let afterSelf = firstFresh === 0;
		for (let k = 1; afterSelf && k < fresh.length; k++) afterSelf = fresh[k]!.time >= fresh[k - 1]!.time;
		for (const doc of fresh) this.edges.set(doc.index, this.neighbours(doc, firstFresh, afterSelf));
		for (const doc of fresh) {
			this.edges.get(doc.index)!.forEach((sim, other) => void this.edges.get(other)!.set(doc.index, sim));
		}
		this.recluster(fresh.map((doc) => doc.index));
	}

	/**
	 * Drops articles (unknown ids are ignored) and re-clusters what is left of their stories: a story held
	 * together by a removed article may split, and what remains may now join a neighbour.
	 */
	remove(ids: Iterable<string>): void {
		const seeds = new Set<number>();
		const gone = new Set<number>();
		for (const id of ids) {
			const doc = this.byId.get(id);
			if (!doc) continue;
			doc.removed = true;
			this.byId.delete(id);
			this.live--;
			this.drift++;
			gone.add(doc.index);
			for (const member of this.clusterMembers.get(this.label[doc.index]!) ?? []) seeds.add(member);
			for (const other of this.edges.get(doc.index)?.keys() ?? []) this.edges.get(other)?.delete(doc.index);
			this.edges.delete(doc.index);
			for (const id of doc.nouns) this.nounUses[id]!--;
			for (let k = 0; k < doc.features.length; k++) {
				const feature = doc.features[k]!;
				this.documentFrequency[feature]!--;
				const docs = this.postingDocs[feature]!;
				const at = docs.indexOf(doc.index);
				if (at >= 0) {
					docs.splice(at, 1);
					this.postingWeights[feature]!.splice(at, 1);
				}
			}
		}
		if (gone.size === 0) return;
		for (const index of gone) {
			seeds.delete(index);
			const label = this.label[index]!;
			const group = this.clusterMembers.get(label);
			if (group) {
				const rest = group.filter((member) => !gone.has(member));
				this.clusterMembers.delete(label);
				this.gone.add(label);
				// Keep the remaining members findable as one (stale) story until they are re-clustered below.
				if (rest.length > 0) {
					for (const member of rest) this.label[member] = rest[0]!;
					this.clusterMembers.set(rest[0]!, rest);
				}
			}
		}
		this.updateIdf();
		this.recluster([...seeds]);
	}

	/**
	 * Reads the `m:` key into the document: its names and common nouns as ids of its own `e:` features (a name a feed's
	 * boilerplate took out is none), and counts its common nouns.
	 */
	private readNames(doc: Doc, stems: readonly string[]): void {
		const names: number[] = [];
		const nouns: number[] = [];
		for (const entry of stems) {
			const noun = entry.startsWith(commonNounMark);
			const id = this.featureIds.get(`e:${noun ? entry.slice(commonNounMark.length) : entry}`);
			if (id === undefined || !doc.features.includes(id)) continue;
			(noun ? nouns : names).push(id);
		}
		if (names.length > 0) doc.names = Int32Array.from(names).sort();
		if (nouns.length > 0) doc.nouns = Int32Array.from(nouns);
		for (const id of nouns) this.nounUses[id]!++;
	}

	/**
	 * How many names two documents share that count for the follow-up rule: rare (under the blocking limit `limit`) and
	 * not common nouns. Names are sorted ids, so one merge.
	 */
	private sharedNames(a: Doc, b: Doc, limit: number): number {
		const x = a.names;
		const y = b.names;
		let shared = 0;
		let i = 0;
		let j = 0;
		while (i < x.length && j < y.length) {
			const id = x[i]!;
			if (id === y[j]) {
				if (this.documentFrequency[id]! <= limit && !this.isCommonNoun(id)) shared++;
				i++;
				j++;
			} else if (id < y[j]!) i++;
			else j++;
		}
		return shared;
	}

	/**
	 * True when the reports that have a name feature use it as a common noun often enough (`commonNounShare`): German
	 * capitalizes every noun, and a noun is not always after an article ("Anwohner sollen …", "Geld für Feuerwehr"), but
	 * across the window's reports it mostly is, and a person's or town's name hardly ever.
	 */
	private isCommonNoun(id: number): boolean {
		const uses = this.nounUses[id]!;
		return uses > 0 && uses >= this.documentFrequency[id]! * commonNounShare;
	}

	/** Reads a key feature (`h:` headline, `u:` address, `p:` head, `l:` live blog) into the document. */
	private addKey(doc: Doc, feature: string): void {
		if (feature === liveKey) {
			doc.live = true;
			return;
		}
		if (feature.startsWith(linkPrefix)) {
			doc.link = feature;
			return;
		}
		if (feature.startsWith(headPrefix)) {
			doc.head = feature.slice(headPrefix.length).split(' ');
			return;
		}
		const headline: string[] = [];
		const numbers: string[] = [];
		for (const word of feature.slice(headlinePrefix.length).split(' ')) (word.startsWith(headlineNumberMark) ? numbers : headline).push(word);
		doc.headline = headline.sort();
		if (numbers.length > 0) doc.numbers = numbers.sort();
	}

	/**
	 * True when two articles are one report told twice (an aggregator's copy, an outlet publishing the same
	 * article again, one article in two feeds): the same address with half the headline's words, or
	 * headlines long enough to say so sharing `duplicateHeadlineShare` of the longer one's words and all
	 * their numbers ("Day 150" and "Day 151" of a live blog, "3 dead" and "5 dead" are not copies). The
	 * texts must still agree under a time decay `duplicateTimeFactor` times slower than the usual one, and
	 * one feed's copies must come within two time scales: a rubric's headline ("Coronavirus: die
	 * wichtigsten Entwicklungen im Überblick") and a live blog's address recur daily over new text.
	 */
	private sameReport(a: Doc, b: Doc, cosine: number, gap: number): boolean {
		const scale = this.options.timeScaleHours * 3_600_000;
		if (a.feed !== '' && a.feed === b.feed && gap > 2 * scale) return false;
		const longer = Math.max(a.headline.length, b.headline.length);
		const shorter = Math.min(a.headline.length, b.headline.length);
		if (a.link !== '' && a.link === b.link) {
			// The same address is the same article, unless a feed links everything to one page under other headlines.
			if (longer === 0 || (shorter > 0 && sharedCount(a.headline, b.headline) * 2 >= longer)) return true;
		}
		// Cheap tests first: most candidate pairs differ in length or numbers, or their texts disagree.
		if (shorter < minDuplicateHeadlineWords || shorter < this.options.duplicateHeadlineShare * longer) return false;
		if (!sameWords(a.numbers, b.numbers)) return false;
		if (cosine * Math.exp(-gap / (scale * this.options.duplicateTimeFactor)) < this.options.threshold) return false;
		return sharedCount(a.headline, b.headline) >= this.options.duplicateHeadlineShare * longer;
	}

	/**
	 * True when two headlines are headed by different places ("Wechselstadt: Klinikum schließt Notaufnahme nachts",
	 * "Bremen: Klinikum schließt Notaufnahme nachts"): the heads (names their reports use inside a sentence, see
	 * features.ts) share no word, and neither report says a word of the other's head. Agency-style local reports are
	 * one template over many towns, and their texts differ in little but the town (walk 10 #210); a topic as head
	 * ("Ukraine-Krieg:") is mostly named by the other report of its event.
	 */
	private differentHeads(a: Doc, b: Doc): boolean {
		for (const word of a.head) if (b.head.includes(word) || this.hasFeature(b, `w:${word}`)) return false;
		for (const word of b.head) if (this.hasFeature(a, `w:${word}`)) return false;
		return true;
	}

	private hasFeature(doc: Doc, feature: string): boolean {
		const id = this.featureIds.get(feature);
		return id !== undefined && doc.features.includes(id);
	}

	/** Idf changed for everyone; norms follow lazily (normOf), so a refresh computes only those it compares. */
	private updateIdf(): void {
		const n = this.live;
		const count = this.featureNames.length;
		if (this.idf.length !== count) this.idf = new Float64Array(count);
		// The scratch sums of typicality() follow the features (grown here, once an add or a remove, not in the hot loop).
		if (this.centroid.length < count) this.centroid = new Float64Array(Math.max(count, this.centroid.length * 2));
		for (let id = 0; id < count; id++) this.idf[id] = Math.log((n + 1) / (this.documentFrequency[id]! + 1)) + 1;
		this.idfEpoch++;
		this.updateRarity();
	}

	/**
	 * Notes which features crossed the blocking limit (their document frequency or the limit moved): the words wordsOf
	 * keeps for a document stand until one of its features does. A new feature counts as changed now.
	 */
	private updateRarity(): void {
		const count = this.featureNames.length;
		const known = this.overLimit.length;
		if (known < count) {
			const size = Math.max(count, known * 2);
			const overLimit = new Uint8Array(size);
			overLimit.set(this.overLimit);
			const changed = new Int32Array(size);
			changed.set(this.rarityChanged);
			this.overLimit = overLimit;
			this.rarityChanged = changed;
		}
		const version = ++this.rarityVersion;
		const limit = maxDocFrequency(this.live);
		const overLimit = this.overLimit;
		const changed = this.rarityChanged;
		const frequency = this.documentFrequency;
		for (let id = 0; id < count; id++) {
			const over = frequency[id]! > limit ? 1 : 0;
			if (over !== overLimit[id] || id >= this.rarityKnown) {
				overLimit[id] = over;
				changed[id] = version;
			}
		}
		this.rarityKnown = count;
	}

	/** The length of a document's TF-IDF vector under today's idf. */
	private normOf(doc: Doc): number {
		if (doc.normEpoch === this.idfEpoch) return doc.norm;
		let norm = 0;
		for (let k = 0; k < doc.features.length; k++) {
			const weight = doc.weights[k]! * this.idf[doc.features[k]!]!;
			norm += weight * weight;
		}
		doc.norm = Math.sqrt(norm) || 1;
		doc.normEpoch = this.idfEpoch;
		return doc.norm;
	}

	/**
	 * Restores a posting's (time, index) order after `added` entries were appended to a sorted list: the
	 * tail is insertion-sorted into place, so a refresh costs the new entries, not the whole list.
	 */
	private sortPosting(id: number, added: number): void {
		const docs = this.postingDocs[id]!;
		const weights = this.postingWeights[id]!;
		// By the times beside the documents (a document's index is its place in `docs`).
		const times = this.times;
		const before = (x: number, y: number) => times[x]! < times[y]! || (times[x] === times[y] && x < y);
		if (added > 32) {
			// Articles come in time order (the session clusters its members so): then the posting is sorted already.
			let sorted = true;
			for (let k = Math.max(1, docs.length - added); k < docs.length && sorted; k++) sorted = !before(docs[k]!, docs[k - 1]!);
			if (sorted) return;
			// Many new entries (a first batch in feed order): one sort beats inserting each.
			const order = docs.map((_, k) => k).sort((x, y) => (before(docs[x]!, docs[y]!) ? -1 : before(docs[y]!, docs[x]!) ? 1 : 0));
			this.postingDocs[id] = order.map((k) => docs[k]!);
			this.postingWeights[id] = order.map((k) => weights[k]!);
			return;
		}
		for (let k = Math.max(1, docs.length - added); k < docs.length; k++) {
			const doc = docs[k]!;
			const weight = weights[k]!;
			let at = k;
			while (at > 0 && before(doc, docs[at - 1]!)) {
				docs[at] = docs[at - 1]!;
				weights[at] = weights[at - 1]!;
				at--;
			}
			docs[at] = doc;
			weights[at] = weight;
		}
	}

	/**
	 * Similarities of `doc` to every document within the window that shares a rare feature (except those from `skipFrom`
	 * up to itself). `afterSelf`: those are exactly the documents before `doc` in each posting (a first batch in time
	 * order), so the walk starts after it; in a full clustering it walked the window's older half only to skip it.
	 */
	private neighbours(doc: Doc, skipFrom: number, afterSelf = false): Map<number, number> {
		const limit = maxDocFrequency(this.live);
		const window = this.options.windowHours * 3_600_000;
		const accumulator = this.accumulator;
		const sharedStems = this.sharedStems;
		const times = this.times;
		// Where each posting's walk starts: the window's start, or after the document itself. One search for both, the
		// cases chosen by value: a branch the first clustering never took would stop the compiled code in the next one.
		const windowStart = doc.time - window;
		const fromTime = afterSelf ? doc.time : windowStart;
		const fromIndex = afterSelf ? doc.index : -1;
		// Each document once: its sum is above 0 from its first shared feature on.
		const touched = this.touchedDocs;
		let count = 0;
		for (let k = 0; k < doc.features.length; k++) {
			const id = doc.features[k]!;
			if (this.documentFrequency[id]! > limit) continue;
			// 'w': a word stem (names and numbers count as words too; whole words repeat the stem).
			const stemFeature = this.featureNames[id]!.charCodeAt(0) === 119 ? 1 : 0;
			const idf = this.idf[id]!;
			const weight = doc.weights[k]! * idf * idf;
			const list = this.postingDocs[id]!;
			const weights = this.postingWeights[id]!;
			// Postings are sorted by (time, index): the walk starts after (fromTime, fromIndex).
			let low = 0;
			let high = list.length;
			while (low < high) {
				const mid = (low + high) >> 1;
				const other = list[mid]!;
				const time = times[other]!;
				if (time < fromTime || (time === fromTime && other <= fromIndex)) low = mid + 1;
				else high = mid;
			}
			for (let p = low; p < list.length; p++) {
				const other = list[p]!;
				if (times[other]! > doc.time + window) break;
				if (other >= skipFrom && other <= doc.index) continue;
				if (accumulator[other] === 0) touched[count++] = other;
				accumulator[other]! += weight * weights[p]!;
				sharedStems[other]! += stemFeature;
			}
		}
		this.candidatePairs += count;
		const scale = this.options.timeScaleHours * 3_600_000;
		const followUpScale = this.options.followUpTimeScaleHours * 3_600_000;
		const {threshold, sameFeedFactor, sameFeedMinStems, longReportStems, followUpNames} = this.options;
		const floor = threshold * minEdgeShare;
		const headlineCopies = doc.headline.length >= minDuplicateHeadlineWords;
		const norm = this.normOf(doc);
		const sims = new Map<number, number>();
		for (let index = 0; index < count; index++) {
			const other = touched[index]!;
			const otherDoc = this.docs[other]!;
			const oneFeed = doc.feed !== '' && doc.feed === otherDoc.feed;
			const sameFeed = oneFeed ? sameFeedFactor : 1;
			const cosine = sameFeed * (accumulator[other]! / (norm * this.normOf(otherDoc)));
			accumulator[other] = 0;
			// Most candidate pairs share a rare word or two and no more: below the floor before the time decay, only a shared
			// address (a copy, see sameReport) can keep the pair.
			if (cosine < floor && (doc.link === '' || doc.link !== otherDoc.link)) {
				sharedStems[other] = 0;
				continue;
			}
			const gap = Math.abs(otherDoc.time - doc.time);
			// Two items of one feed that share only a name or two ("NATO", "Brüssel") are two of its reports on a theme
			// ("Zelensky meets NATO leaders", "Neue Meldung zur NATO-Tagung"), not one event: an outlet's follow-up shares more.
			// Two reports that say more than a headline and share one word are two events (see the method).
			const tooFew = oneFeed ? sharedStems[other]! < sameFeedMinStems : sharedStems[other]! < 2 && doc.stems >= longReportStems && otherDoc.stems >= longReportStems;
			// Two towns' reports of one template are neither one event nor copies (see differentHeads).
			const apart = doc.head.length > 0 && otherDoc.head.length > 0 && this.differentHeads(doc, otherDoc);
			// An outlet runs one live blog an event at a time: two of its live blogs (at two addresses) running together are two
			// events, however alike their entries' times, rubrics and links to each other ("Tottenham v Manchester United –
			// live!" beside "transfer deadline day – live!"); each still joins its event's reports, and a copy of one is still a
			// copy. Hours apart, a blog may be the same event's next one ("… war live" rolled over each day): the follow-up
			// rule judges those.
			const twoBlogs = oneFeed && doc.live && otherDoc.live && doc.link !== otherDoc.link && gap < scale;
			// The names are compared only where the slower decay would keep the pair (cheap tests first).
			const slowly = gap > 0 && gap <= followUpScale && !tooFew && !apart && !twoBlogs ? cosine * Math.exp(-gap / followUpScale) : 0;
			const followUp = slowly >= floor && this.sharedNames(doc, otherDoc, limit) >= followUpNames;
			let sim = tooFew || apart || twoBlogs ? 0 : followUp ? slowly : cosine * Math.exp(-gap / scale);
			sharedStems[other] = 0;
			// One report told twice is one story however far apart the copies came (within the window): an
			// aggregator lists a headline hours after the outlet, an outlet re-publishes it.
			// (Cheap tests first: most candidate pairs share no address and are too far apart in text to be copies.)
			const mayCopy =
				(doc.link !== '' && doc.link === otherDoc.link) || (headlineCopies && cosine >= threshold && otherDoc.headline.length >= minDuplicateHeadlineWords);
			if (mayCopy && !apart && this.sameReport(doc, otherDoc, cosine, gap)) sim = sameReport;
			if (sim >= floor) sims.set(other, sim);
		}
		return sims;
	}

	/**
	 * The whole words of a document, as feature ids: `f:` words, and `w:` stems that are a word of their own (shorter than
	 * a stem, or five letters with no longer word of the document behind them), and numbers of two digits or more, each
	 * under the blocking limit. A stem alone is no evidence of one event: "Bundestag" and "Bundesregierung", "beschließt"
	 * and "beschlossen" share theirs. Kept on the document while none of its features crossed the limit (updateRarity):
	 * read afresh in every re-clustering they were much of a refresh's time once stories grew (bench/findings.md,
	 * eighteenth and nineteenth sessions).
	 */
	private wordsOf(index: number): Int32Array {
		const doc = this.docs[index]!;
		if (doc.wordsAt >= 0 && this.wordsStand(doc)) return doc.words;
		const longer = new Set<string>();
		for (let k = 0; k < doc.features.length; k++) {
			const name = this.featureNames[doc.features[k]!]!;
			if (name.startsWith('f:')) longer.add(name.slice(2, 7));
		}
		const words: number[] = [];
		for (let k = 0; k < doc.features.length; k++) {
			const id = doc.features[k]!;
			// Words on most of the day's reports say nothing about which event a report belongs to.
			if (this.overLimit[id] === 1) continue;
			const name = this.featureNames[id]!;
			const kind = name.charCodeAt(0);
			if (kind === 102 || (kind === 110 && name.length > 3) || (kind === 119 && (name.length < 7 || !longer.has(name.slice(2))))) words.push(id);
		}
		doc.words = words.length > 0 ? Int32Array.from(words) : noIds;
		doc.wordsAt = this.rarityVersion;
		return doc.words;
	}

	/** Whether none of a document's features crossed the blocking limit since its words were read. */
	private wordsStand(doc: Doc): boolean {
		const changed = this.rarityChanged;
		const features = doc.features;
		for (let k = 0; k < features.length; k++) if (changed[features[k]!]! > doc.wordsAt) return false;
		return true;
	}

	/**
	 * Whether `other` may join `story`: a story of `coreMinStory` reports or more takes a report (or a smaller
	 * story) in only when it shares a whole word of the story's core, the words at least `coreShare` of its
	 * reports have (words, not stems; see wordsOf). Similarity is a mean over the story's reports, and a report
	 * that shares a verb and a name with each of them ("Bundesregierung beschließt …", Merz quoted) reaches the
	 * threshold without sharing what the outlets' reports have in common ("Heizungsgesetz").
	 */
	private joinsCore(story: readonly number[], other: readonly number[], cores: WeakMap<readonly number[], Core>): boolean {
		if (story.length < this.options.coreMinStory || story.length < other.length) return true;
		const counts = this.wordCounts(story, cores);
		const needed = Math.ceil(story.length * this.options.coreShare);
		for (const member of other) {
			const words = this.wordsOf(member);
			for (let k = 0; k < words.length; k++) if ((counts.get(words[k]!) ?? 0) >= needed) return true;
		}
		return false;
	}

	/**
	 * How many of a story's reports have each word, kept per group and brought up to date as it grows: averageLink's
	 * groups only grow (by push, on a merge), so the members counted are the group's first `size`, and the merge loop asks
	 * about the same story at every pair it pops.
	 */
	private wordCounts(story: readonly number[], cores: WeakMap<readonly number[], Core>): Map<number, number> {
		let kept = cores.get(story);
		if (!kept) {
			kept = {size: 0, counts: new Map()};
			cores.set(story, kept);
		}
		const counts = kept.counts;
		for (let member = kept.size; member < story.length; member++) {
			const words = this.wordsOf(story[member]!);
			for (let k = 0; k < words.length; k++) counts.set(words[k]!, (counts.get(words[k]!) ?? 0) + 1);
		}
		kept.size = story.length;
		return counts;
	}

	private recluster(seeds: number[]): void {
		// Re-cluster the connected components (pairs at or above the threshold) that hold the seeds, with
		// whole stories: every other story keeps its members, because average link never merges across
		// such components. News chains into one giant component over days (a report naming two events links
		// them), and re-clustering that would be a batch run; beyond `maxExactComponent` articles only the
		// seeds' stories and the stories they touch directly are re-clustered. That is the batch result
		// unless a change there would have re-routed merges further away (rare; the caller's periodic
		// full clustering bounds it, like idf drift).
		const threshold = this.options.threshold;
		let affected = new Set<number>();
		const queue: number[] = [];
		const visit = (index: number) => {
			for (const member of this.clusterMembers.get(this.label[index]!) ?? [index]) {
				if (affected.has(member)) continue;
				affected.add(member);
				queue.push(member);
			}
		};
		const visitStrong = (sim: number, other: number) => {
			if (sim >= threshold) visit(other);
		};
		for (const seed of seeds) visit(seed);
		const seeded = affected.size;
		while (queue.length > 0 && affected.size <= Math.max(seeded, this.options.maxExactComponent)) {
			const index = queue.pop()!;
			this.edges.get(index)!.forEach(visitStrong);
		}
		if (queue.length > 0) {
			affected = new Set();
			queue.length = 0;
			for (const seed of seeds) visit(seed);
			for (const index of [...affected]) this.edges.get(index)!.forEach(visitStrong);
			queue.length = 0;
		}
		const members = [...affected].sort((x, y) => x - y);
		const copies: Array<[number, number]> = [];
		for (const i of members) {
			this.edges.get(i)!.forEach((sim, j) => {
				if (i < j && sim >= sameReport && affected.has(j)) copies.push([i, j]);
			});
		}
		for (const index of members) {
			const label = this.label[index]!;
			if (this.clusterMembers.delete(label)) this.gone.add(label);
		}
		const cores = new WeakMap<readonly number[], Core>();
		const mayMerge = (a: readonly number[], b: readonly number[]) => this.joinsCore(a, b, cores) && this.joinsCore(b, a, cores);
		for (const group of averageLink(members, this.edges, affected, threshold, copies, mayMerge)) {
			const label = group[0]!;
			for (const index of group) this.label[index] = label;
			this.clusterMembers.set(label, group);
			this.changed.add(label);
		}
	}

	/**
	 * The stories re-clustered since the last call: `changed` by their key (it names the story while its
	 * members stay the same) with their article ids, and the keys of stories that are no more.
	 */
	takeChanges(): {changed: Array<{key: number; ids: string[]}>; gone: number[]} {
		const changed = [...this.changed]
			.filter((label) => this.clusterMembers.has(label))
			.map((label) => ({key: label, ids: this.clusterMembers.get(label)!.map((index) => this.docs[index]!.id)}));
		const gone = [...this.gone].filter((label) => !this.clusterMembers.has(label));
		this.changed.clear();
		this.gone.clear();
		return {changed, gone};
	}

	/** The clusters as lists of article ids, in the order the articles were added, ordered by first member. */
	clusters(): string[][] {
		return [...this.clusterMembers.entries()]
			.sort(([x], [y]) => x - y)
			.map(([, group]) => group.map((index) => this.docs[index]!.id));
	}

	/**
	 * How typical each of these articles is of them all: the dot product of its TF-IDF vector (unit length) with the sum
	 * of theirs (0 for an id not clustered), for picking a story's lead report. Summed by feature id in a scratch array,
	 * in the order a Map by feature name summed them (the same figures to the bit): a Map per article and its centroid
	 * were ~16 MB of a refresh's allocations (bench/findings.md, fifteenth and sixteenth sessions).
	 */
	typicality(ids: readonly string[]): number[] {
		// Index loops and the scratch array sized by updateIdf: a branch or an array the first clustering's calls never
		// met stopped the compiled code in a refresh's (each sum then a heap number: ~4–8 MB).
		const centroid = this.centroid;
		for (let index = 0; index < ids.length; index++) {
			const doc = this.byId.get(ids[index]!);
			if (!doc) continue;
			const norm = this.normOf(doc);
			for (let k = 0; k < doc.features.length; k++) {
				const feature = doc.features[k]!;
				centroid[feature]! += (doc.weights[k]! * this.idf[feature]!) / norm;
			}
		}
		const scores: number[] = [];
		for (let index = 0; index < ids.length; index++) {
			const doc = this.byId.get(ids[index]!);
			let score = 0;
			if (doc) {
				const norm = this.normOf(doc);
				for (let k = 0; k < doc.features.length; k++) {
					const feature = doc.features[k]!;
					score += ((doc.weights[k]! * this.idf[feature]!) / norm) * centroid[feature]!;
				}
			}
			scores.push(score);
		}
		for (let index = 0; index < ids.length; index++) {
			const doc = this.byId.get(ids[index]!);
			if (doc) for (let k = 0; k < doc.features.length; k++) centroid[doc.features[k]!] = 0;
		}
		return scores;
	}

}

/** Batch clustering of articles: a convenience over StoryClusterer, with per-feed boilerplate removed. */
export function clusterArticles(
	articles: Array<{uid: string; published: string; title: string; summary: string; content: string; feedUrl?: string; feedTitle?: string; url?: string}>,
	options: Partial<ClusterOptions> = {},
	featuresOf: (article: FeatureSource & {uid: string}) => FeatureCounts = articleFeatures,
): string[][] {
	const clusterer = new StoryClusterer(options);
	clusterer.add(
		stripFeedBoilerplate(
			articles.map((article) => ({id: article.uid, time: Date.parse(article.published) || 0, feed: article.feedUrl ?? '', features: featuresOf(article)})),
		),
	);
	return clusterer.clusters();
}
