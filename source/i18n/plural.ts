// A word's number by count, in one place for every language table: "1 feed" / "3 feeds", "1 Feed" / "3 Feeds".

import {format} from './format.js';

/** The singular when `count` is 1, else the plural. */
export function oneOrMany(count: number, one: string, many: string): string {
	return count === 1 ? one : many;
}

/** The count and its noun: "1 feed", "3 feeds" (`shown` writes the number, e.g. with digit groups). */
export function plural(count: number, one: string, many: string, shown: (count: number) => string = String): string {
	return `${shown(count)} ${oneOrMany(count, one, many)}`;
}

/** `count` for a template with more in it than the number: "Mark 1 unread article of {name} read?" (its {n} is `n`). */
export function countWith(n: number, one: string, many: string, params: Record<string, string | number>): string {
	return format(oneOrMany(n, one, many), {...params, n});
}

/** "1 quote" / "3 quotes" from templates: the singular when n is 1, else the plural template with {n}. */
export function count(n: number, one: string, many: string, shown: (count: number) => string = String): string {
	return n === 1 ? one : format(many, {n: shown(n)});
}
