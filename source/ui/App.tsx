// The root component: owns state and input, loads data through AppServices and lays out the current screen.

import {Box} from 'ink';
import {useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef} from 'react';
import {HelpOverlay} from './components/HelpOverlay.js';
import {Header} from './components/Header.js';
import {StatusBar} from './components/StatusBar.js';
import {AppContext, type AppContextValue} from './hooks/app-context.js';
import {useBriefingUpdates} from './hooks/useBriefingUpdates.js';
import {useCommands} from './hooks/useCommands.js';
import {useInputOwner} from './hooks/useInputOwner.js';
import {useKeptStory} from './hooks/useKeptStory.js';
import {useReaderAnchor} from './hooks/useReaderAnchor.js';
import {useStoryNews} from './hooks/useStoryNews.js';
import {useStoryPrewarm} from './hooks/useStoryPrewarm.js';
import {useTerminalSize, type TerminalSize} from './hooks/useTerminalSize.js';
import {detectLanguage, format, messagesFor, type UiLanguage} from '../i18n/index.js';
import {buildKeyTable, defaultKeymap, resolveKeymap} from './keys/keymap.js';
import {BriefingScreen} from './screens/BriefingScreen.js';
import {FeedScreen} from './screens/FeedScreen.js';
import {FeedsScreen} from './screens/FeedsScreen.js';
import {PeopleScreen} from './screens/PeopleScreen.js';
import {PersonScreen} from './screens/PersonScreen.js';
import {ReaderScreen} from './screens/ReaderScreen.js';
import {SearchScreen} from './screens/SearchScreen.js';
import {StoryScreen} from './screens/StoryScreen.js';
import {TopicsScreen} from './screens/TopicsScreen.js';
import type {AppServices} from '../services/app-services.js';
import {briefingIsEmpty, emptyBriefingNote} from './state/empty-briefing.js';
import {lastRefreshOf} from './state/last-refresh.js';
import {onlySampleNews} from './state/sample-news.js';
import {layoutFor} from './state/layout.js';
import {listKey} from './state/list-keys.js';
import {positionOf, type PositionKeeper} from './state/position.js';
import {readerView} from './state/reader-view.js';
import {helpLines} from './state/help-lines.js';
import {listPosition, reducer, type UiAction} from './state/reducer.js';
import {startState, type StartBriefing} from './state/start-state.js';
import {currentScreen, feedTitle, peopleOf, quotesOf, refreshPending, refreshWaitingFor} from './state/selectors.js';
import {LineView} from './components/LineView.js';
import {makeTheme} from './theme.js';

export interface AppProperties {
	readonly services: AppServices;
	/** Interface language; from the settings and the locale when absent. */
	readonly language?: UiLanguage;
	readonly env?: Record<string, string | undefined>;
	/** The clock for ages and times (tests pin it). */
	readonly now?: () => Date;
	/** Size to assume when stdout does not report one. */
	readonly fallbackSize?: TerminalSize;
	/** Called once, after the first frame that shows a loaded briefing. */
	readonly onFirstBriefing?: () => void;
	/** Refresh all feeds in the background once the first briefing is shown (the cache shows meanwhile). */
	readonly refreshOnStart?: boolean;
	/** Where the last session quit, restored once the briefing shows; this session's position is saved on quit. */
	readonly positionKeeper?: PositionKeeper;
	/** Ink keeps finished rows between frames (ink-output-cache.ts), so rows built ahead of an open are found again. */
	readonly warmInkRows?: boolean;
	/** The stored briefing, read before the first render (start.tsx): the first frame shows it, not an empty one. */
	readonly startBriefing?: StartBriefing;
	/** How often to look whether another process refreshed the store (store-watch.ts); 0: never. */
	readonly watchStoreMs?: number;
}

const systemNow = () => new Date();

export function App({services, language, env = process.env, now = systemNow, fallbackSize, onFirstBriefing, refreshOnStart = false, warmInkRows = false, positionKeeper, startBriefing, watchStoreMs = 5000}: AppProperties) {
	const size = useTerminalSize(fallbackSize);
	const [state, reactDispatch] = useReducer(reducer, undefined, () => startState(size.columns, size.rows, startBriefing, positionKeeper?.initial));
	// The ref runs the same pure reducer at dispatch time, so handlers see every earlier action at once, even when
	// several keys arrive in one chunk ("jj\r") before React renders.
	const stateRef = useRef(state);
	const dispatch = useCallback((action: UiAction) => {
		stateRef.current = reducer(stateRef.current, action);
		reactDispatch(action);
	}, []);

	// Resolved once: the keymap goes into the context, its problems into the first status message.
	const keymapResolution = useMemo(() => resolveKeymap(defaultKeymap, services.keymapOverrides()), [services]);
	const context = useMemo<AppContextValue>(() => {
		const settings = services.settings();
		const messages = messagesFor(language ?? detectLanguage(settings.uiLanguage, env));
		return {theme: makeTheme(env), messages, keymap: keymapResolution.keymap, now};
	}, [services, language, env, now, keymapResolution]);
	const {messages, keymap} = context;
	const table = useMemo(() => buildKeyTable(keymap), [keymap]);
	const configProblem = useMemo(() => services.configProblem(), [services]);
	const offline = useMemo(() => services.offline(), [services]);
	const layout = layoutFor(size.columns, size.rows);
	const screen = currentScreen(state);
	const keptStory = useKeptStory(state);
	useStoryPrewarm(state, layout, context, warmInkRows);
	const news = useStoryNews(services, keptStory, state.storyNews, dispatch);

	useEffect(() => {
		if (state.columns !== size.columns || state.rows !== size.rows) {
			dispatch({type: 'resize', columns: size.columns, rows: size.rows});
		}
	}, [size, state.columns, state.rows, dispatch]);

	const commands = useCommands({services, stateRef, dispatch, messages, now, position: positionKeeper, startBriefing});
	useBriefingUpdates(services, stateRef, dispatch);
	useInputOwner({
		stateRef,
		dispatch,
		commands,
		table,
		keymap,
		helpLength: () => helpLines(currentScreen(stateRef.current).kind, keymap, messages, layoutFor(stateRef.current.columns, stateRef.current.rows).columns).length,
		helpHeight: () => layoutFor(stateRef.current.columns, stateRef.current.rows).body,
		yesKeys: messages.prompts.yesKeys,
		noKeys: messages.prompts.noKeys,
		unboundKey: messages.status.unboundKey,
	});

	// Startup: the briefing, then keymap problems (so a bad binding is visible, not silent).
	useEffect(() => {
		const {errors} = keymapResolution;
		if (configProblem) {
			// Which file and what is wrong with it, once in full; the header keeps saying so.
			dispatch({type: 'message', message: {text: format(messages.errors.configUnreadable, {problem: configProblem.problem}), level: 'error'}});
		} else if (errors.length > 0) {
			dispatch({type: 'message', message: {text: format(messages.errors.keymap, {message: errors.join('; ')}), level: 'error'}});
		}

		commands.loadInitialBriefing().catch((error: unknown) => {
			dispatch({type: 'message', message: {text: format(messages.errors.failed, {message: error instanceof Error ? error.message : String(error)}), level: 'error'}});
		});
		// Runs once on mount; commands reads the latest state through refs.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [services]);

	// Closing the terminal (SIGHUP) or a kill (SIGTERM) unmounts the app without q: the position is kept then too.
	const keeperRef = useRef(positionKeeper);
	keeperRef.current = positionKeeper;
	// A layout effect's cleanup runs within the unmount itself, before the signal handler's process.exit().
	useLayoutEffect(() => () => {
		const at = positionOf(stateRef.current);
		if (at) {
			keeperRef.current?.save(at);
		}
	}, []);

	const autoRefreshMinutes = services.settings().autoRefreshMinutes;
	const commandsRef = useRef(commands);
	commandsRef.current = commands;
	const reported = useRef(false);
	useEffect(() => {
		if (state.briefing && !reported.current) {
			reported.current = true;
			onFirstBriefing?.();
			// A refresh by another run (`lagebild refresh`, cron) counts: the status bar says when, not "not refreshed yet".
			services.listFeeds().then(feeds => {
				// An empty briefing says why (state/empty-briefing.ts): how many feeds, whether any is on.
				if (briefingIsEmpty(stateRef.current) && !stateRef.current.feeds) {
					dispatch({type: 'feedsLoaded', feeds});
				}

				const last = lastRefreshOf(feeds);
				if (last) {
					dispatch({type: 'refreshKnown', at: last.at, failed: last.failed});
				}

				// A first start: the stories are the bundled snapshots, years old, until a feed answers — the header says so.
				// Not when the store holds news of feeds fetched before (a list just replaced, or switched off).
				if (onlySampleNews(feeds) && !briefingIsEmpty(stateRef.current)) {
					void services.holdsFetchedNews().then(fetched => {
						if (!fetched) dispatch({type: 'sampleNews', sample: true});
					}, () => undefined);
				}
			}, () => undefined);
			if (refreshOnStart) {
				commandsRef.current.startRefresh({}, {background: true});
			}
		}
	}, [state.briefing, onFirstBriefing, refreshOnStart, services, dispatch]);

	useEffect(() => {
		if (!autoRefreshMinutes || autoRefreshMinutes <= 0) {
			return;
		}

		const timer = setInterval(() => {
			commandsRef.current.startRefresh({}, {background: true});
		}, autoRefreshMinutes * 60_000);
		return () => {
			clearInterval(timer);
		};
	}, [autoRefreshMinutes]);

	// `lagebild refresh` from cron beside the running app (walk 13 #256): a look every few seconds, microseconds each.
	useEffect(() => {
		if (watchStoreMs <= 0) return;
		const timer = setInterval(() => {
			void commandsRef.current.checkStore();
		}, watchStoreMs);
		return () => {
			clearInterval(timer);
		};
	}, [watchStoreMs]);

	const emptyNote = briefingIsEmpty(state)
		? emptyBriefingNote(state, {offline, retentionDays: services.retentionDays(), refreshOnStart}, messages)
		: undefined;

	const readerDoc = useMemo(() => {
		if (screen.kind !== 'reader') {
			return undefined;
		}

		const article = state.articles[screen.uid];
		if (article === undefined || article === null) {
			return article;
		}

		return readerView(state, article, layout.readerWidth, messages, now(), offline);
		// Quotes only change with the briefing; the rest are the real inputs.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [screen, state.articles, state.briefing, layout.columns, messages, now, offline]);

	useReaderAnchor(screen.kind === 'reader' ? screen.uid : undefined, readerDoc, layout.readerWidth, screen.kind === 'reader' ? listPosition(state, listKey.reader(screen.uid)).offset : 0, layout.body, dispatch);

	// Where the reader is in a long article: "line 12 of 80".
	const position = screen.kind === 'reader' && readerDoc && readerDoc.lines.length > layout.body
		? format(messages.labels.position, {
			n: Math.min(listPosition(state, listKey.reader(screen.uid)).offset, readerDoc.lines.length - layout.body) + 1,
			total: readerDoc.lines.length,
		})
		: '';
	let body;
	if (state.overlay?.kind === 'help') {
		body = <HelpOverlay screen={screen.kind} width={layout.columns} height={layout.body} offset={listPosition(state, 'help').offset}/>;
	} else {
		switch (screen.kind) {
			case 'briefing': {
				// Drawn below, always mounted.
				break;
			}

			case 'story': {
				// Drawn below, kept mounted; null hides the briefing.
				body = keptStory?.visible
					? null
					: <LineView line={[{text: ` ${messages.labels.noStories}`, token: 'text.dim'}]} width={layout.columns}/>;
				break;
			}

			case 'reader': {
				body = <ReaderScreen document={readerDoc} offset={listPosition(state, listKey.reader(screen.uid)).offset} layout={layout} quote={screen.quote}/>;
				break;
			}

			case 'feeds': {
				body = <FeedsScreen feeds={state.feeds} view={state.feedView} position={listPosition(state, 'feeds')} layout={layout} pending={refreshPending(state)} counts={state.readCounts?.feeds}/>;
				break;
			}

			case 'feed': {
				const row = state.feeds?.find(feed => feed.config.url === screen.url);
				const items = state.feedArticles?.url === screen.url ? state.feedArticles.items : null;
				body = <FeedScreen title={row ? feedTitle(row) : screen.url} items={items} position={listPosition(state, listKey.feed(screen.url))} layout={layout}/>;
				break;
			}

			case 'topics': {
				body = <TopicsScreen topics={state.topics} position={listPosition(state, 'topicsMgr')} layout={layout}/>;
				break;
			}

			case 'people': {
				body = <PeopleScreen people={peopleOf(state)} position={listPosition(state, 'people')} layout={layout} window={state.peopleWindow} briefingHours={services.settings().storyWindowHours} briefingWindow={state.briefing?.window} briefingProgress={state.briefingProgress}/>;
				break;
			}

			case 'person': {
				body = <PersonScreen name={screen.name} quotes={quotesOf(state, screen.name)} position={listPosition(state, listKey.person(screen.name))} layout={layout} window={state.peopleWindow} briefingHours={services.settings().storyWindowHours}/>;
				break;
			}

			case 'search': {
				body = <SearchScreen search={state.search} position={listPosition(state, 'search')} layout={layout} retentionDays={services.retentionDays()}/>;
				break;
			}
		}
	}

	return (
		<AppContext.Provider value={context}>
			<Box flexDirection="column" width={layout.columns} height={layout.height} overflowY="hidden">
				<Header stack={state.stack} width={layout.columns} unreadOnly={state.unreadOnly} right={position} configReadOnly={configProblem?.file} sampleNews={state.sampleNews ? (offline ? 'offline' : 'online') : undefined}/>
				<Box height={layout.body} flexDirection="column" overflowY="hidden">
					{/* The briefing stays mounted (hidden) under other screens: going back to it redraws two rows instead of
					    building eighty row components and their layout nodes again. Hidden boxes are neither laid out nor drawn. */}
					<Box display={body === undefined ? 'flex' : 'none'} flexDirection="column" height={layout.body}>
						<BriefingScreen state={state} layout={layout} hidden={body !== undefined} emptyNote={emptyNote}/>
					</Box>
					{/* The last story shown stays mounted too (see useKeptStory.ts): the next one updates its rows. */}
					{keptStory ? (
						<Box display={keptStory.visible ? 'flex' : 'none'} flexDirection="column" height={layout.body}>
							<StoryScreen story={keptStory.story} cursor={keptStory.cursor} visit={keptStory.visit} layout={layout} news={news}/>
						</Box>
					) : null}
					{body}
				</Box>
				<StatusBar width={layout.columns} screen={screen.kind} overlay={state.overlay} refresh={state.refresh} briefingProgress={state.briefingProgress} message={state.message} unreadOnly={state.unreadOnly} waitingFor={refreshWaitingFor(state)} unread={state.readCounts?.unread}/>
			</Box>
		</AppContext.Provider>
	);
}
