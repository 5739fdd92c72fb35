// The People screen's windows, in the order its key cycles through them (no imports: the UI loads it at start).

export type PeopleWindowName = 'briefing' | 'week' | 'all';
export const peopleWindows: readonly PeopleWindowName[] = ['briefing', 'week', 'all'];
