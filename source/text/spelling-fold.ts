// One spelling for the ways a name is transliterated (Selenskyj / Zelensky) and German written without umlauts: what
// search (store/search-spellings.ts) and story clustering (analysis/stories/features.ts) compare words by.

import {accentFold} from './accent-fold.js';

/**
 * Folds the ways German and English transliterate the same (mostly Slavic) name into one spelling:
 * Selenskyj / Selenskij / Zelensky / Zelenskyy, Lawrow / Lavrov, Schoigu / Shoigu, Charkiw / Kharkiv,
 * Jelzin / Yeltsin, Netanjahu / Netanyahu; and German umlauts as ae / oe / ue (Müller / Mueller). Narrower than the people analysis's name key on purpose: search
 * runs on every word, and folding c/k or doubled letters would join too many ordinary words.
 */
export function spellingFold(word: string): string {
	return accentFold(word)
		.replaceAll('ß', 'ss')
		// German written without umlauts (an English keyboard, a URL): Gruene, Mueller, Koeln, Aerzte.
		.replaceAll(/([aou])e/gu, '$1')
		.replaceAll('tsch', 'ch')
		.replaceAll('sch', 'sh')
		.replaceAll('kh', 'ch')
		.replaceAll('w', 'v')
		.replace(/(?:ij|yj|iy|yi|yy|ii|y)$/u, 'i')
		.replaceAll('j', 'y')
		.replaceAll(/y+/gu, 'y')
		.replace(/(?<=.)z/gu, 'ts')
		.replace(/^z/u, 's');
}
