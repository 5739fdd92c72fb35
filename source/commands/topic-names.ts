// Topic names as a person types them on the command line: the stored name, or the label the app shows for it.

import {messagesFor} from '../i18n/index.js';

/**
 * The stored topic name `typed` means, matched without case: the name itself, or the label the interface shows for
 * it in another language ("Ukraine-Krieg" for "Ukraine war"); undefined for no topic.
 */
export function topicNamed(typed: string, names: readonly string[]): string | undefined {
	const wanted = typed.trim().toLocaleLowerCase();
	const own = names.find((name) => name.toLocaleLowerCase() === wanted);
	if (own !== undefined) return own;
	const labels = [messagesFor('de').topicLabels, messagesFor('en').topicLabels];
	return names.find((name) => labels.some((label) => Object.hasOwn(label, name) && label[name]?.toLocaleLowerCase() === wanted));
}
