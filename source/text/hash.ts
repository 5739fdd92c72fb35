// Short stable hashes used as ids (article uid, fallback item id).

import crypto, {createHash} from 'node:crypto';

// crypto.hash (Node ≥ 20.12) hashes in one call: a Hash object per id cost more than the hashing of short texts.
const oneShot = (crypto as {hash?: (algorithm: string, data: string, encoding: 'hex') => string}).hash;

export function sha1Hex(text: string): string {
	return oneShot ? oneShot('sha1', text, 'hex') : createHash('sha1').update(text, 'utf8').digest('hex');
}

/** The first `length` hex digits of the SHA-1 of `text` (16 by default: 64 bits, plenty for one reader's cache). */
export function shortHash(text: string, length = 16): string {
	return sha1Hex(text).slice(0, length);
}
