import { z } from 'zod';
import type englishWindowPart from './locales/en/index';
import type englishViewsPart from './locales/en/views';

/**
 * What the core says, before it is put into words: a message key and its parameters. The core never
 * writes a sentence; each process words its messages in one place (app/main/wording.ts for the tray
 * and notifications, renderer/src/i18n for the windows), in the language the core chose.
 */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/** Parameters: user text or numbers as they are, another message, a list, or a time to be worded in the language. */
export type MessageParam =
  | string
  | number
  | Message
  | { list: readonly MessageParam[]; join: 'and' | 'or' }
  | TimeParam
  | { localDate: string }
  | { countdownMs: number };

/**
 * A moment, worded as the language does: "clock" 3:00 PM; "when" 3:00 PM / tomorrow 9:00 AM / Mon 9:00 AM;
 * "at" the same after a verb; "day" Dec 24. "now" and "zone" make each self-contained.
 */
export interface TimeParam {
  time: 'clock' | 'when' | 'at' | 'day';
  at: number;
  now: number;
  zone: string;
}

export type MessageParams = Readonly<Record<string, MessageParam>>;

type EnglishMessages = (typeof englishWindowPart)['messages'] & (typeof englishViewsPart)['messages'];
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
/** i18next's plural suffixes: "sessions_one" and "sessions_other" are the one key "sessions", chosen by its count. */
export const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
type WithoutPlural<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`
  ? Base
  : K;

/** Every key of the English catalogue, plural forms counted once. */
export type MessageKey = WithoutPlural<Leaves<EnglishMessages>>;

/** A message key, typed; written this way so a key in data is checked where it is written. */
export function message(key: MessageKey, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

const TimeParamSchema = z.object({
  time: z.enum(['clock', 'when', 'at', 'day']),
  at: z.number(),
  now: z.number(),
  zone: z.string(),
});

export const MessageParamSchema: z.ZodType<MessageParam> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    MessageSchema,
    z.object({ list: z.array(MessageParamSchema), join: z.enum(['and', 'or']) }),
    TimeParamSchema,
    z.object({ localDate: z.string() }),
    z.object({ countdownMs: z.number() }),
  ]),
);

export const MessageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({
    key: z.string().max(200) as unknown as z.ZodType<MessageKey>,
    params: z.record(z.string(), MessageParamSchema).optional(),
  }),
);
