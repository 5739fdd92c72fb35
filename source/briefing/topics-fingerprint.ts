// A short name of a topic configuration, for keys of results computed under it.

import type {TopicDefinition} from '../model/topic.js';
import {shortHash} from '../text/hash.js';

/** Changes whenever the topic configuration changes, so results scored under other topics are not reused. */
export function topicsFingerprint(topics: TopicDefinition[]): string {
	return shortHash(JSON.stringify(topics), 8);
}
