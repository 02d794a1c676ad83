import type { ContractHandlers, RequestOf, ResponseOf } from '../shared/contract';
import type { AppState } from '../shared/domain';
import type { CalendarLibrary } from './calendar/calendar-library';
import type { Shell } from './ports';
import type { PatternsService } from './patterns/patterns-service';
import type { Preferences } from './preferences';
import type { Outcome } from './prompt-desk';
import type { PromptEvent } from './prompt-lifecycle';

/** What the contract handlers need from the coordinator; each is one call, so the handlers stay a table. */
export interface CoreOperations {
  snapshot(): AppState;
  answerPrompt(promptId: string, event: PromptEvent | 'start-suggested'): Promise<Outcome>;
  closePromptWindow(): Promise<void>;
  refreshCalendars(id?: string): Outcome;
  renameCalendar(id: string, label: string): Promise<Outcome>;
  setLaunchAtLogin(open: boolean): Promise<Outcome>;
  followTimeZone(timeZone: string): void;
  saveFeeling(promptId: string, activation: number): Promise<Outcome>;
  exportData(format: 'csv' | 'json'): Promise<ResponseOf<'exportData'>>;
  eraseEverything(confirmation: string): Promise<Outcome>;
}

/** The services that answer the rest directly. */
export interface HandlerServices {
  preferences: Pick<Preferences, 'applyFromUser'>;
  library: Pick<CalendarLibrary, 'importFile' | 'subscribe' | 'remove'>;
  shell: Pick<Shell, 'showDashboard'>;
  patterns: Pick<
    PatternsService,
    'patterns' | 'saveReflection' | 'noteMoment' | 'recordSupport' | 'savePeople' | 'answerNudge'
  >;
}

/** A window's answer to a prompt, as an event of the prompt's lifecycle. */
function promptEvent({ action, exercise }: RequestOf<'respondToPrompt'>): PromptEvent | 'start-suggested' {
  switch (action) {
    case 'start':
      return exercise ? { type: 'start', exercise, from: 'window' } : 'start-suggested';
    case 'check-in':
      return { type: 'open-check-in' };
    case 'snooze':
      return { type: 'snooze', from: 'window' };
    case 'overrun':
      return { type: 'overrun', from: 'window' };
    case 'skip':
      return { type: 'skip' };
    case 'dismiss':
      return { type: 'dismiss' };
  }
}

/** The contract's channels, one line each: validation has already happened in dispatchInvoke. */
export function contractHandlers(
  core: CoreOperations,
  { preferences, library, shell, patterns }: HandlerServices,
): ContractHandlers {
  return {
    getState: () => core.snapshot(),
    respondToPrompt: (request) => core.answerPrompt(request.promptId, promptEvent(request)),
    saveCheckIn: ({ promptId, answers }) => core.answerPrompt(promptId, { type: 'check-in', answers }),
    finishExercise: ({ promptId, exercise, secondsDone, endedEarly }) =>
      core.answerPrompt(promptId, { type: 'finish', exercise, secondsDone, endedEarly }),
    updateSettings: (request) => preferences.applyFromUser(request),
    closeWindow: async () => {
      await core.closePromptWindow();
      return undefined;
    },
    openDashboard: () => {
      shell.showDashboard();
      return undefined;
    },
    importCalendar: ({ text }) => library.importFile(text),
    subscribeCalendar: ({ url, label }) => library.subscribe(url, label),
    removeCalendar: ({ id }) => library.remove(id),
    renameCalendar: ({ id, label }) => core.renameCalendar(id, label),
    refreshCalendars: () => core.refreshCalendars(),
    refreshCalendar: ({ id }) => core.refreshCalendars(id),
    setLaunchAtLogin: ({ open }) => core.setLaunchAtLogin(open),
    getPatterns: ({ range }) => patterns.patterns(range),
    saveReflection: (answers) => patterns.saveReflection(answers),
    noteMoment: ({ text }) => patterns.noteMoment(text),
    recordSupport: ({ personId, how }) => patterns.recordSupport(personId, how),
    savePeople: ({ people }) => patterns.savePeople({ version: 1, people }),
    answerNudge: ({ kind, answer }) => patterns.answerNudge(kind, answer),
    saveFeeling: ({ promptId, activation }) => core.saveFeeling(promptId, activation),
    exportData: ({ format }) => core.exportData(format),
    eraseEverything: ({ confirmation }) => core.eraseEverything(confirmation),
    reportTimeZone: ({ timeZone }) => {
      core.followTimeZone(timeZone);
      return undefined;
    },
  };
}
