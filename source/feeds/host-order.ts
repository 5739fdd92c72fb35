// The order a refresh starts its feeds in: taking turns between hosts, so one site's feeds are spread over the refresh.

/** The host (with port) a feed is fetched from; the URL itself when it has none (a file, an invalid URL). */
function hostOf(url: string): string {
	try {
		return new URL(url).host.toLowerCase() || url;
	} catch {
		return url;
	}
}

/**
 * The feeds in turns: the first feed of every host, then every host's second, and so on, the hosts with the most feeds
 * first in each turn; each host's feeds keep their order. A list often holds many feeds of one site next to each other
 * (an imported OPML grouped by site), and started in list order they all ask that site at once, as many as the
 * concurrency allows; taken in turns they are spread over the whole refresh. And a host with many feeds, whose
 * requests follow each other, starts first.
 */
export function hostInterleaved<T extends {url: string}>(feeds: readonly T[]): T[] {
	const byHost = new Map<string, T[]>();
	for (const feed of feeds) {
		const host = hostOf(feed.url);
		const group = byHost.get(host);
		if (group) group.push(feed);
		else byHost.set(host, [feed]);
	}

	if (byHost.size <= 1) return [...feeds];
	// Stable: hosts with as many feeds keep the order in which the list first names them.
	const groups = [...byHost.values()].sort((a, b) => b.length - a.length);
	const ordered: T[] = [];
	for (let turn = 0; ordered.length < feeds.length; turn++) {
		for (const group of groups) {
			const feed = group[turn];
			if (feed === undefined) break;
			ordered.push(feed);
		}
	}

	return ordered;
}
