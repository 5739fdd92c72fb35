// Words of a run of tokens joined with spaces, built in one loop instead of `.map(...).join(' ')`.

/*
 * Why a loop: in the rules' large functions each `.map(...).join(' ')` site deoptimized the whole function the first
 * time it met an array of another kind (an empty run's), and V8 compiled the function again — over a briefing, the
 * quote engine's largest functions were compiled 10–20 times each (bench/findings.md, seventh session).
 */

/** `items.map(text).join(' ')`. */
export function joinedWords<T>(items: readonly T[], text: (item: T) => string): string {
	let joined = '';
	for (let index = 0; index < items.length; index++) {
		if (index > 0) joined += ' ';
		joined += text(items[index]!);
	}
	return joined;
}
