// The top row: app name and where the reader is (breadcrumb of screens).

import {Box} from 'ink';
import {useAppContext} from '../hooks/app-context.js';
import type {Screen} from '../state/types.js';
import {format} from '../../i18n/index.js';
import {cellWidth} from '../text/fit.js';
import {LineView} from './LineView.js';

interface HeaderProperties {
	readonly stack: readonly Screen[];
	readonly width: number;
	readonly unreadOnly: boolean;
	/** Shown at the right end, e.g. the reader's position. */
	readonly right?: string;
	/** The config file that cannot be read: said on every screen for as long as the app runs so. */
	readonly configReadOnly?: string;
	/** The stories are the bundled snapshots (state/sample-news.ts); 'offline': started with --offline, so they stay. */
	readonly sampleNews?: 'online' | 'offline';
}

export function Header({stack, width, unreadOnly, right = '', configReadOnly, sampleNews}: HeaderProperties) {
	const {messages} = useAppContext();
	const trail = stack.map(screen => messages.screens[screen.kind]).join(' › ');
	const left = [
		{text: ` ${messages.appName} `, token: 'accent' as const},
		{text: ` ${trail}`, token: 'text.primary' as const},
		{text: unreadOnly ? `  [${messages.status.filterUnread}]` : '', token: 'status.warn' as const},
		{text: configReadOnly ? `  [${format(messages.status.configReadOnly, {file: configReadOnly})}]` : '', token: 'status.error' as const},
		{text: sampleNews ? `  [${sampleNews === 'offline' ? messages.status.sampleNewsOffline : messages.status.sampleNews}]` : '', token: 'status.warn' as const},
	];
	const used = left.reduce((sum, segment) => sum + cellWidth(segment.text), 0);
	const gap = Math.max(1, width - used - cellWidth(right) - 1);
	return (
		<Box height={1}>
			<LineView
				width={width}
				line={right ? [...left, {text: ' '.repeat(gap)}, {text: right, token: 'text.secondary'}] : left}
			/>
		</Box>
	);
}
