// The last computed briefing as kept in the store, and how it is brought up to date with the read marks.

import type {Briefing, Story} from '../model/briefing.js';
import type {Settings} from '../model/feed.js';
import type {TopicDefinition} from '../model/topic.js';
import type {ArticleStore} from '../store/article-store.js';
import {briefingAnalyzer} from './analysis-version.js';
import {groupStories, storyMarks} from './rank.js';
import type {ReadState} from './read-state.js';
import {topicsFingerprint} from './topics-fingerprint.js';

/** Bump when the snapshot's shape or the briefing's computation changes, so old snapshots are not shown. */
export const snapshotFormat = 'briefing-snapshot-v3';

export interface SnapshotStory {
	story: Story;
	/** Hours between the story's last report and the window's end (for re-scoring). */
	ageHours: number;
	/** When each of story.articles reached the reader, in the same order (for "new since last seen"). */
	arrived: number[];
}

export interface BriefingSnapshot {
	format: typeof snapshotFormat;
	generatedAt: string;
	window: Briefing['window'];
	stories: SnapshotStory[];
}

export interface SnapshotBriefingOptions {
	topic?: string;
	now?: Date;
}

/**
 * The briefing the snapshot's articles make under the current read marks: the same as computing it afresh
 * (unread, new, score and order follow the marks), at the cost of a sort.
 */
export function briefingFromSnapshot(snapshot: BriefingSnapshot, readState: ReadState | undefined, options: SnapshotBriefingOptions = {}): Briefing {
	const spanHours = (Date.parse(snapshot.window.to) - Date.parse(snapshot.window.from)) / 3_600_000 || undefined;
	const stories = snapshot.stories.map(({story, ageHours, arrived}): Story => ({
		...story,
		...storyMarks(
			story.id,
			story.articles.map((ref, index) => ({uid: ref.id, arrived: arrived[index] ?? 0})),
			story.outlets.length,
			ageHours,
			readState,
			spanHours,
		),
	}));
	return {
		generatedAt: (options.now ?? new Date()).toISOString(),
		window: snapshot.window,
		topics: groupStories(stories, options.topic),
	};
}

/** What a briefing's snapshot is keyed by (a subset of StoreBriefingOptions; topic and unreadOnly are applied on loading). */
export interface SnapshotInputs {
	topics: TopicDefinition[];
	settings: Pick<Settings, 'storyWindowHours'>;
	/** "24h", "7d", "all"; default: 48 h ending at the newest article, widened to enough articles. */
	since?: string;
	topic?: string;
	/** Only stories with at least one unread article. */
	unreadOnly?: boolean;
	/** false: do not read or write the store's analysis cache or snapshot (an in-memory --source store gains nothing). */
	cache?: false;
	/** Without quotes (faster); default: the quote engine runs on every article. */
	quotes?: boolean;
	now?: Date;
}

/**
 * The store row a briefing's snapshot lives in: one per window and quote setting, so `lagebild brief --since 7d`
 * does not replace the app's (default window) snapshot.
 */
export function snapshotName(options: Pick<SnapshotInputs, 'since' | 'quotes'>): string {
	return `briefing|${options.since ?? ''}|${options.quotes === false ? '-' : 'q'}`;
}

/** Names everything a computed briefing depends on except the read marks, which are applied on loading. */
export function snapshotKey(store: ArticleStore, options: SnapshotInputs): string {
	return [
		snapshotFormat,
		briefingAnalyzer,
		store.contentVersion(),
		topicsFingerprint(options.topics),
		options.settings.storyWindowHours,
		options.since ?? '',
		options.quotes === false ? '-' : 'q',
	].join('|');
}

/** Only the stories with at least one unread article, when asked for. */
export function unreadFilter(briefing: Briefing, unreadOnly: boolean | undefined): Briefing {
	if (!unreadOnly) return briefing;
	return {
		...briefing,
		topics: briefing.topics
			.map((topic) => ({...topic, stories: topic.stories.filter((story) => story.unread)}))
			.filter((topic) => topic.stories.length > 0),
	};
}

/**
 * The stored snapshot with the current read marks, when it was computed from exactly the articles, topics
 * and settings the store and `options` hold now; undefined when anything changed (then compute afresh).
 * Loads none of the analysis code, so the app can show it before that is even imported.
 */
export function snapshotBriefing(store: ArticleStore, options: SnapshotInputs): Briefing | undefined {
	if (options.cache === false) return undefined;
	const key = snapshotKey(store, options);
	// A stale snapshot is megabytes: compare its key before reading it.
	if (store.snapshotInputKey(snapshotName(options)) !== key) return undefined;
	const snapshot = store.getSnapshot<BriefingSnapshot>(snapshotName(options), key);
	return snapshot ? withMarks(store, snapshot, options) : undefined;
}

/** Whether the stored snapshot is current for these inputs (without reading it). */
export function isSnapshotFresh(store: ArticleStore, options: SnapshotInputs): boolean {
	return options.cache !== false && store.snapshotInputKey(snapshotName(options)) === snapshotKey(store, options);
}

/**
 * The last snapshot whatever it was computed from, with the current read marks, and whether it is still
 * what a computation would give (fresh). A stale one is for showing while the current briefing is computed.
 */
export function latestSnapshotBriefing(store: ArticleStore, options: SnapshotInputs): {briefing: Briefing; fresh: boolean} | undefined {
	if (options.cache === false) return undefined;
	const latest = store.latestSnapshot<BriefingSnapshot>(snapshotName(options));
	const briefing = latest ? withMarks(store, latest.result, options) : undefined;
	return latest && briefing ? {briefing, fresh: latest.inputKey === snapshotKey(store, options)} : undefined;
}

/** A stored snapshot with the marks of the moment; undefined when an older format stored it. */
function withMarks(store: ArticleStore, snapshot: BriefingSnapshot, options: SnapshotInputs): Briefing | undefined {
	return snapshot.format === snapshotFormat ? markedBriefing(store, snapshot, options) : undefined;
}

/** A snapshot as the reader sees it now: the store's read marks and last-seen times, the topic and unread filters. */
export function markedBriefing(store: ArticleStore, snapshot: BriefingSnapshot, options: SnapshotInputs): Briefing {
	const readState: ReadState = {read: store.readUids(), lastSeen: store.storiesLastSeen()};
	return unreadFilter(
		briefingFromSnapshot(snapshot, readState, {
			...(options.topic === undefined ? {} : {topic: options.topic}),
			...(options.now === undefined ? {} : {now: options.now}),
		}),
		options.unreadOnly,
	);
}
