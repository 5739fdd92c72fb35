// The bottom row: a prompt or confirmation when one is open, else messages, refresh progress, filter and help hint.

import {Box} from 'ink';
import {useAppContext} from '../hooks/app-context.js';
import {format, oneOrMany, type Messages} from '../../i18n/index.js';
import {clock} from '../text/age.js';
import {cellWidth, truncate} from '../text/fit.js';
import type {Line} from '../text/line.js';
import type {BriefingProgress} from '../../model/briefing-progress.js';
import {briefingProgressText, groupDigits} from '../../i18n/briefing-progress.js';
import {answerHint, noLetters, yesLetters} from '../keys/answer-keys.js';
import type {ScreenKind} from '../keys/keymap.js';
import type {Message, Overlay, RefreshState} from '../state/types.js';
import {sanitizeLine} from '../../terminal/sanitize.js';
import {LineView} from './LineView.js';

interface StatusBarProperties {
	readonly width: number;
	/** The screen under a question: its keys decide which letters answer yes. */
	readonly screen: ScreenKind;
	readonly overlay: Overlay | null;
	readonly refresh: RefreshState;
	/** Shown first on the right while a briefing is computed (UiState.briefingProgress). */
	readonly briefingProgress?: BriefingProgress | null;
	readonly message: Message | null;
	readonly unreadOnly: boolean;
	/** Titles of the last feeds a running refresh waits for. */
	readonly waitingFor?: readonly string[];
	/** The unread articles of the whole store (walk 13 #251); undefined until counted. */
	readonly unread?: number;
}

export function StatusBar({width, screen, overlay, refresh, briefingProgress = null, message, unreadOnly, waitingFor = [], unread}: StatusBarProperties) {
	const {messages, now, keymap} = useAppContext();
	let line: Line;
	if (overlay?.kind === 'prompt') {
		const label = promptLabel(overlay.purpose, messages);
		line = [{text: label, token: 'accent'}, {text: sanitizeLine(overlay.value), ...(overlay.selected ? {token: 'selection' as const} : {})}, {text: '▏', token: 'accent'}];
		if (overlay.error) {
			line.push({text: `  ✗ ${sanitizeLine(overlay.error)}`, token: 'status.error'});
		} else if (overlay.selected) {
			line.push({text: `  ${messages.labels.searchReplaceHint} · ${messages.prompts.enterToConfirm}`, token: 'text.dim'});
		} else {
			line.push({text: `  ${messages.prompts.enterToConfirm}`, token: 'text.dim'});
		}

		// Keep the end of a long input (where the cursor is) in view.
		const used = line.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
		if (used > width && line[1]) {
			const excess = used - width + 1;
			line[1] = {text: `…${[...overlay.value].slice(excess + 1).join('')}`};
		}
	} else if (overlay?.kind === 'confirm') {
		const n = overlay.count ?? 0;
		const {prompts} = messages;
		const templates = {
			deleteFeed: prompts.confirmDelete, deleteTopic: prompts.confirmTopicDelete, markTopicRead: prompts.confirmMarkTopicRead,
			markFeedRead: oneOrMany(n, prompts.confirmMarkFeedRead_1, prompts.confirmMarkFeedRead_n),
			dropDefaults: oneOrMany(n, prompts.confirmDropDefaults_1, prompts.confirmDropDefaults_n),
		};
		const template = templates[overlay.purpose];
		const hint = `  ${answerHint(messages.prompts.yesNo, yesLetters(messages.prompts.yesKeys, keymap, screen), noLetters(messages.prompts.noKeys))}`;
		// The question gives way to the answer keys on a narrow terminal: a cut "E…" left no way to know what answers.
		// The name is what gets cut, so the verb ("löschen?") stays.
		const room = width - cellWidth(hint) - cellWidth(format(template, {name: '', n}));
		// Where even the question without its name does not fit beside the keys (German "als gelesen markieren?" at 50
		// columns), the question is cut too: the keys always show.
		const question = truncate(format(template, {name: truncate(sanitizeLine(overlay.name), Math.max(4, room)), n: groupDigits(n, messages.briefingProgress.digitGroup)}), Math.max(8, width - cellWidth(hint)));
		line = [{text: question, token: 'status.warn'}, {text: hint, token: 'accent'}];
	} else {
		const right: string[] = [];
		if (briefingProgress) {
			right.push(briefingProgressText(briefingProgress, messages));
		}

		if (refresh.running) {
			const progress = refresh.progress;
			right.push(format(messages.status.refreshing, {done: progress?.done ?? 0, total: progress?.total ?? '?'}));
			if (waitingFor.length > 0) {
				right.push(waitingFor.map(title => truncate(sanitizeLine(title), 24)).join(', '));
			}

			if (progress && progress.failed > 0) {
				right.push(format(messages.status.failed, {n: progress.failed}));
			}
		} else if (briefingProgress) {
			// The progress takes the last refresh's place while it shows: both do not fit an 80-column row.
		} else if (refresh.lastAt) {
			right.push(format(messages.status.lastRefresh, {time: clock(refresh.lastAt, now())}));
			if (refresh.failedFeeds > 0) {
				right.push(format(messages.status.failed, {n: refresh.failedFeeds}));
			}
		} else {
			right.push(messages.status.neverRefreshed);
		}

		// How much is left to read, where newsboat's title bar says "140 unread": given up after the filter on a narrow row.
		if (unread !== undefined) right.push(format(messages.status.unreadTotal, {n: groupDigits(unread, messages.briefingProgress.digitGroup)}));
		right.push(unreadOnly ? messages.status.filterUnread : messages.status.filterAll, messages.status.help);
		// Narrower than all of it (40 columns): the parts before the help key go, the filter first, then the unread total,
		// the failed count, then the refresh's time. The row left whole was cut to nothing by Ink, help key included.
		while (right.length > 1 && cellWidth(` ${right.join(' · ')} `) > width) right.splice(right.length - 2, 1);
		// Messages can carry feed titles and error text from the network: sanitized like everything else.
		const left = message ? ` ${sanitizeLine(message.text)}` : '';
		// A message too long beside the status takes the whole row while it shows (progress of a refresh stays).
		const busy = refresh.running || briefingProgress !== null;
		// While busy the message gets the room of the parts between the progress and the help key: "Added tagesschau.de:
		// the first of 2 feeds the page names" was cut to "Added tagesschau.de - Die Nachrichten der…" by the refresh it
		// started (walk 11), and that message is the only word of what the address led to.
		while (busy && right.length > 2 && cellWidth(left) > width - cellWidth(` ${right.join(' · ')} `)) right.splice(right.length - 2, 1);
		const rightText = !busy && cellWidth(left) > width - cellWidth(` ${right.join(' · ')} `) ? '' : ` ${right.join(' · ')} `;
		const room = Math.max(0, width - cellWidth(rightText));
		// Cut by cells: feed titles and server reasons may be CJK or emoji, two cells a character.
		const leftShown = truncate(left, room);
		line = [
			{text: leftShown, token: message?.level === 'error' ? 'status.error' : 'status.ok'},
			{text: ' '.repeat(Math.max(0, room - cellWidth(leftShown)))},
			{text: rightText, token: busy ? 'status.warn' : 'text.secondary'},
		];
	}

	return (
		<Box height={1}>
			<LineView line={line} width={width}/>
		</Box>
	);
}

function promptLabel(purpose: Extract<Overlay, {kind: 'prompt'}>['purpose'], messages: Messages): string {
	const labels = {
		addFeed: messages.prompts.addFeed,
		editTitle: messages.prompts.editTitle,
		editTags: messages.prompts.editTags,
		import: messages.prompts.importPath,
		export: messages.prompts.exportPath,
		topicAdd: messages.prompts.topicName,
		topicRename: messages.prompts.topicRename,
		topicTerms: messages.prompts.topicTerms,
		openLink: messages.prompts.linkNumber,
	};
	return labels[purpose];
}
