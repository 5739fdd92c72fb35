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

/**
 * Batches reach the store after the current turn of the event loop (setImmediate), so a feed waits no
 * longer than the responses and parse results already queued; `maxBatch` bounds how long one write
 * transaction holds the lock (another process marking articles read waits for it).
 */
export function createCommitQueue(store: RefreshStore, maxBatch = 32): CommitQueue {
	let queue: Waiting[] = [];
	let scheduled = false;

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

	const flush = (): void => {
		scheduled = false;
		const pending = queue;
		queue = [];
		for (let start = 0; start < pending.length; start += maxBatch) write(pending.slice(start, start + maxBatch));
	};

	return {
		async commit(state, articles) {
			return new Promise<number>((resolve, reject) => {
				queue.push({state, articles, resolve, reject});
				if (!scheduled) {
					scheduled = true;
					setImmediate(flush);
				}
			});
		},
	};
}
