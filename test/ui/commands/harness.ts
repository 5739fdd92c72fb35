// The command factories without Ink: real fixture feeds in MemoryServices, the real reducer behind a state ref.

import {vi} from 'vitest';
import {defaultTopics} from '../../../source/config/default-topics.js';
import {messagesFor} from '../../../source/i18n/index.js';
import {commandTools, type CommandTools} from '../../../source/ui/commands/command-context.js';
import {initialState, reducer, type UiAction} from '../../../source/ui/state/reducer.js';
import type {UiState} from '../../../source/ui/state/types.js';
import {loadFixtureFeeds, type FixtureFeed} from '../../helpers/fixture-articles.js';
import {MemoryServices, type MemoryServicesOptions} from '../../helpers/memory-services.js';

let cached: FixtureFeed[] | undefined;

export interface Harness {
	services: MemoryServices;
	tools: CommandTools;
	state(): UiState;
	/** Every action dispatched, in order. */
	actions: UiAction[];
}

export async function harness(options: MemoryServicesOptions = {}): Promise<Harness> {
	cached ??= await loadFixtureFeeds();
	const services = new MemoryServices(cached, defaultTopics(), options);
	const stateRef = {current: initialState(100, 30)};
	const actions: UiAction[] = [];
	const dispatch = (action: UiAction) => {
		stateRef.current = reducer(stateRef.current, action);
		actions.push(action);
	};

	const tools = commandTools({services, stateRef, dispatch, messages: messagesFor('en'), now: () => new Date('2022-07-28T12:00:00.000Z')});
	return {services, tools, state: () => stateRef.current, actions};
}

/** Waits for the fire-and-forget work a command starts (services calls, their follow-ups). */
export async function settled(condition: () => boolean, timeout = 10_000): Promise<void> {
	await vi.waitUntil(condition, {timeout, interval: 5});
}
