// Short stable hashes used as ids (article uid, fallback item id).

import {createHash} from 'node:crypto';

export function sha1Hex(text: string): string {
	return createHash('sha1').update(text, 'utf8').digest('hex');
}

/** The first `length` hex digits of the SHA-1 of `text` (16 by default: 64 bits, plenty for one reader's cache). */
export function shortHash(text: string, length = 16): string {
	return sha1Hex(text).slice(0, length);
}
