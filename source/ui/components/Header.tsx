// The top row: app name and where the reader is (breadcrumb of screens).

import {Box} from 'ink';
import {useAppContext} from '../hooks/app-context.js';
import type {Screen} from '../state/types.js';
import {LineView} from './LineView.js';

interface HeaderProperties {
	readonly stack: readonly Screen[];
	readonly width: number;
	readonly unreadOnly: boolean;
}

export function Header({stack, width, unreadOnly}: HeaderProperties) {
	const {messages} = useAppContext();
	const trail = stack.map(screen => messages.screens[screen.kind]).join(' › ');
	return (
		<Box height={1}>
			<LineView
				width={width}
				line={[
					{text: ` ${messages.appName} `, token: 'accent'},
					{text: ` ${trail}`, token: 'text.primary'},
					{text: unreadOnly ? `  [${messages.status.filterUnread}]` : '', token: 'status.warn'},
				]}
			/>
		</Box>
	);
}
