// Feed commits gathered while the event loop is busy and written together: one transaction for the feeds that finished meanwhile.

import type {Article} from '../model/article.js';
import type {FeedState} from '../model/feed.js';
import type {FeedCommit, RefreshStore} from '../model/refresh.js';

export interface CommitQueue {
	/** Resolves with the feed's count of new articles once its batch is committed; rejects if this feed could not be stored. */
	commit(state: FeedState, articles: Article[]): Promise<number>;
}

interface Waiting extends FeedCommit {
	resolve: (newArticles: number) => void;
	reject: (error: unknown) => void;
}

export interface CommitQueueOptions {
	/** Most feeds in one transaction: bounds how long the write lock is held (another process marking articles read waits for it). */
	maxBatch?: number;
	/** How long the first queued feed waits for others to join its transaction. */
	windowMs?: number;
	/** True when nothing else can finish before this queue is written (every running feed is waiting on it). */
	nothingElseComing?: (queued: number) => boolean;
}

/**
 * Every commit writes the pages it touched to the WAL (the articles' indexes are spread over many), and outside a
 * refresh's lock it also flushes the full-text index's pending data into a new segment (Articles.deferIndexing), so
 * a commit per feed or per few feeds costs far more than the rows themselves. Feeds that finish
 * within `windowMs` of each other share one transaction; the queue is written at once when it is full or when
 * the refresh has nothing else to wait for.
 */
export function createCommitQueue(store: RefreshStore, {maxBatch = 16, windowMs = 20, nothingElseComing}: CommitQueueOptions = {}): CommitQueue {
	const queue: Waiting[] = [];
	let timer: NodeJS.Timeout | undefined;
	let immediate = false;

	const writeOneByOne = (batch: readonly Waiting[]): void => {
		for (const entry of batch) {
			try {
				entry.resolve(store.commitFeed(entry.state, entry.articles));
			} catch (error) {
				entry.reject(error);
			}
		}
	};

	const write = (batch: readonly Waiting[]): void => {
		if (!store.commitFeeds || batch.length === 1) {
			writeOneByOne(batch);
			return;
		}

		let outcomes: Array<number | Error>;
		try {
			outcomes = store.commitFeeds(batch);
		} catch (error) {
			for (const entry of batch) entry.reject(error);
			return;
		}

		batch.forEach((entry, index) => {
			const outcome = outcomes[index];
			if (typeof outcome === 'number') entry.resolve(outcome);
			else entry.reject(outcome ?? new Error('the store returned no outcome for this feed'));
		});
	};

	// One batch per turn of the event loop: a write blocks this thread, and between batches responses are read
	// and the parse workers handed their next feed (a long run of writes left the worker waiting).
	const flush = (): void => {
		clearTimeout(timer);
		timer = undefined;
		immediate = false;
		const batch = queue.splice(0, maxBatch);
		if (batch.length === 0) return;
		if (queue.length > 0) {
			immediate = true;
			setImmediate(flush);
		}

		write(batch);
	};

	return {
		async commit(state, articles) {
			return new Promise<number>((resolve, reject) => {
				queue.push({state, articles, resolve, reject});
				if (queue.length >= maxBatch || nothingElseComing?.(queue.length)) {
					if (!immediate) {
						immediate = true;
						setImmediate(flush);
					}
				} else {
					timer ??= setTimeout(flush, windowMs);
				}
			});
		},
	};
}
