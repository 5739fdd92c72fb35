// What the reader has seen: read articles and when each story was last looked at.

export interface ReadState {
	/** Article uids the reader has read (a set, or a function). */
	read?: ReadonlySet<string> | ((uid: string) => boolean);
	/** ISO time each story (by id) was last seen (a map, or a function). */
	lastSeen?: ReadonlyMap<string, string> | ((storyId: string) => string | undefined);
}

export function isRead(state: ReadState | undefined, uid: string): boolean {
	const read = state?.read;
	if (!read) return false;
	return typeof read === 'function' ? read(uid) : read.has(uid);
}

export function lastSeenOf(state: ReadState | undefined, storyId: string): string | undefined {
	const lastSeen = state?.lastSeen;
	if (!lastSeen) return undefined;
	return typeof lastSeen === 'function' ? lastSeen(storyId) : lastSeen.get(storyId);
}
