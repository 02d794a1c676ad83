import { z } from 'zod';
import { CheckInAnswersSchema } from './check-in';
import { AppStateSchema, ExerciseIdSchema } from './domain';
import { MessageSchema } from './i18n/message';
import { NudgeKindSchema } from './nudge-kind';
import { PatternsRangeSchema, PatternsViewSchema } from './patterns';
import { LocalDateSchema, MomentTextSchema, PeopleSchema, SupportSchema } from './records';
import { FieldErrorSchema, SettingsSchema } from './settings';

/** A message for the user when something could not be done; the window words it. */
const outcome = z.object({ ok: z.boolean(), message: MessageSchema.optional() });
const CalendarLabelSchema = z.string().max(60, 'Please keep the name to 60 characters or fewer.');

/**
 * The one IPC contract. Every channel is declared here once; the preload, the
 * main-process handlers, the preview's WebSocket bridge and the renderer's
 * types are all derived from this map.
 */
export const invokeChannels = {
  getState: {
    channel: 'interlude:get-state',
    request: z.undefined(),
    response: AppStateSchema,
  },
  respondToPrompt: {
    channel: 'interlude:respond-to-prompt',
    request: z.object({
      promptId: z.string().min(1).max(120),
      /**
       * start: begin the exercise; check-in: a reset's Start in its window, which asks its check-in
       * first; dismiss: the closing word has been read.
       */
      action: z.enum(['start', 'check-in', 'snooze', 'overrun', 'skip', 'dismiss']),
      /** For start: the exercise chosen (the suggestion when left out). */
      exercise: ExerciseIdSchema.optional(),
    }),
    response: outcome,
  },
  saveCheckIn: {
    channel: 'interlude:save-check-in',
    // null: skipped. Before or after a session; a reset's check-in keeps the reset waiting.
    request: z.object({ promptId: z.string().min(1).max(120), answers: CheckInAnswersSchema.nullable() }),
    response: outcome,
  },
  finishExercise: {
    channel: 'interlude:finish-exercise',
    request: z.object({
      promptId: z.string().min(1).max(120),
      exercise: ExerciseIdSchema,
      secondsDone: z.number().int().nonnegative().max(3600),
      endedEarly: z.boolean(),
    }),
    response: outcome,
  },
  updateSettings: {
    channel: 'interlude:update-settings',
    // Validated in the handler rather than here, so that the user gets field-level messages back.
    request: z.unknown(),
    response: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), settings: SettingsSchema }),
      z.object({ ok: z.literal(false), errors: z.array(FieldErrorSchema) }),
    ]),
  },
  closeWindow: {
    channel: 'interlude:close-window',
    request: z.undefined(),
    response: z.undefined(),
  },
  openDashboard: {
    channel: 'interlude:open-dashboard',
    request: z.undefined(),
    response: z.undefined(),
  },
  importCalendar: {
    channel: 'interlude:import-calendar',
    // The file's text, read in the renderer; it is parsed off the main thread and never stored.
    request: z.object({ text: z.string().max(60 * 1024 * 1024, 'The file is larger than 60 MB.') }),
    response: outcome,
  },
  subscribeCalendar: {
    channel: 'interlude:subscribe-calendar',
    // The label is the user's own name for the feed ("SimplePractice"); kept with its address.
    request: z.object({ url: z.string().min(1).max(4096), label: CalendarLabelSchema.optional() }),
    response: outcome,
  },
  renameCalendar: {
    channel: 'interlude:rename-calendar',
    // An empty label goes back to the feed's host.
    request: z.object({ id: z.string().min(1).max(64), label: CalendarLabelSchema }),
    response: outcome,
  },
  removeCalendar: {
    channel: 'interlude:remove-calendar',
    request: z.object({ id: z.string().min(1).max(64) }),
    response: outcome,
  },
  refreshCalendars: {
    channel: 'interlude:refresh-calendars',
    request: z.undefined(),
    response: outcome,
  },
  refreshCalendar: {
    channel: 'interlude:refresh-calendar',
    request: z.object({ id: z.string().min(1).max(64) }),
    response: outcome,
  },
  setLaunchAtLogin: {
    channel: 'interlude:set-launch-at-login',
    request: z.object({ open: z.boolean() }),
    response: outcome,
  },
  getPatterns: {
    channel: 'interlude:get-patterns',
    request: z.object({ range: PatternsRangeSchema }),
    response: PatternsViewSchema,
  },
  saveReflection: {
    channel: 'interlude:save-reflection',
    // All three left out: this week's reflection was skipped.
    request: z.object({
      week: LocalDateSchema,
      wornOut: z.number().int().min(0).max(10).nullable(),
      meaningful: z.number().int().min(0).max(10).nullable(),
      moment: MomentTextSchema.nullable(),
    }),
    response: outcome,
  },
  noteMoment: {
    channel: 'interlude:note-moment',
    request: z.object({ text: MomentTextSchema }),
    response: outcome,
  },
  recordSupport: {
    channel: 'interlude:record-support',
    request: SupportSchema.pick({ personId: true, how: true }),
    response: outcome,
  },
  savePeople: {
    channel: 'interlude:save-people',
    request: z.object({ people: PeopleSchema.shape.people }),
    response: outcome,
  },
  answerNudge: {
    channel: 'interlude:answer-nudge',
    request: z.object({ kind: NudgeKindSchema, answer: z.enum(['not-now', 'never']) }),
    response: outcome,
  },
  saveFeeling: {
    channel: 'interlude:save-feeling',
    // "How do you feel now?" after a finished reset.
    request: z.object({ promptId: z.string().min(1).max(120), activation: z.number().int().min(0).max(10) }),
    response: outcome,
  },
  exportData: {
    channel: 'interlude:export-data',
    request: z.object({ format: z.enum(['csv', 'json']) }),
    // Electron saves through a dialog; the preview hands the file back for the browser to download.
    response: z.discriminatedUnion('result', [
      z.object({ result: z.literal('saved'), fileName: z.string() }),
      z.object({ result: z.literal('cancelled') }),
      z.object({ result: z.literal('download'), fileName: z.string(), contents: z.string() }),
      z.object({ result: z.literal('failed'), message: MessageSchema }),
    ]),
  },
  eraseEverything: {
    channel: 'interlude:erase-everything',
    // The word typed to confirm, checked again here.
    request: z.object({ confirmation: z.string().max(40) }),
    response: outcome,
  },
  reportTimeZone: {
    channel: 'interlude:report-time-zone',
    // A window's idea of the zone: Chromium notices a change of zone, Electron's main process does not.
    request: z.object({ timeZone: z.string().min(1).max(64).refine(isTimeZone, 'Not a time zone.') }),
    response: z.undefined(),
  },
} as const;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Pushed from main to every window. */
export const eventChannels = {
  stateChanged: {
    channel: 'interlude:state-changed',
    payload: AppStateSchema,
  },
} as const;

export type InvokeName = keyof typeof invokeChannels;
export type EventName = keyof typeof eventChannels;
export type RequestOf<N extends InvokeName> = z.infer<(typeof invokeChannels)[N]['request']>;
export type ResponseOf<N extends InvokeName> = z.infer<(typeof invokeChannels)[N]['response']>;
export type PayloadOf<E extends EventName> = z.infer<(typeof eventChannels)[E]['payload']>;

/** What the main process (or the preview server) implements: one handler per invoke channel. */
export type ContractHandlers = {
  [N in InvokeName]: (request: RequestOf<N>) => Promise<ResponseOf<N>> | ResponseOf<N>;
};

type Listener<E extends EventName> = (payload: PayloadOf<E>) => void;

/** `window.interlude`, as exposed by the preload and mirrored by the preview bridge. */
export type InterludeApi = {
  [N in InvokeName]: RequestOf<N> extends undefined
    ? () => Promise<ResponseOf<N>>
    : (request: RequestOf<N>) => Promise<ResponseOf<N>>;
} & {
  [E in EventName as `on${Capitalize<E>}`]: (listener: Listener<E>) => () => void;
};

export function eventListenerName<E extends EventName>(name: E): `on${Capitalize<E>}` {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as `on${Capitalize<E>}`;
}

export class ContractError extends Error {
  override name = 'ContractError';
}

/** Parses an incoming request; the error names the channel and the offending fields, never the values. */
export function parseRequest<N extends InvokeName>(name: N, payload: unknown): RequestOf<N> {
  const result = invokeChannels[name].request.safeParse(payload);
  if (!result.success) {
    const fields = result.error.issues.map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
    throw new ContractError(`Rejected ${invokeChannels[name].channel}: ${fields.join('; ')}`);
  }
  return result.data as RequestOf<N>;
}
