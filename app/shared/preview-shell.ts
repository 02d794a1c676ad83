import { z } from 'zod';
import { PromptKindSchema } from './domain';
import { LanguageSchema } from './i18n/languages';
import { MessageSchema } from './i18n/message';
import { TrayActionSchema, TrayMenuModelSchema } from './tray-menu';

/**
 * What the Electron adapters would do natively (tray, notifications, windows),
 * sent to the preview's shell page instead. Only the preview uses this.
 */
export const ShellMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tray'), model: TrayMenuModelSchema }),
  z.object({
    type: z.literal('notification'),
    language: LanguageSchema,
    title: MessageSchema,
    body: MessageSchema,
    kind: PromptKindSchema,
    promptId: z.string(),
    actions: z.array(z.object({ response: z.enum(['start', 'snooze']), text: MessageSchema })),
  }),
  z.object({ type: z.literal('notification-closed'), promptId: z.string() }),
  z.object({ type: z.literal('window'), window: z.enum(['prompt', 'dashboard']), visible: z.boolean() }),
  z.object({ type: z.literal('quit') }),
]);
export type ShellMessage = z.infer<typeof ShellMessageSchema>;

export const ShellCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tray-action'), action: TrayActionSchema }),
  /** A notification was clicked (open) or one of its buttons pressed. */
  z.object({
    type: z.literal('notification-response'),
    promptId: z.string().max(120),
    response: z.enum(['open', 'start', 'snooze']),
  }),
]);
export type ShellCommand = z.infer<typeof ShellCommandSchema>;

/** Frames on the preview WebSocket. */
export const BridgeClientFrameSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('invoke'),
    id: z.number().int(),
    name: z.string().max(100),
    payload: z.unknown().optional(),
  }),
  z.object({ kind: z.literal('shell'), command: ShellCommandSchema }),
]);
export type BridgeClientFrame = z.infer<typeof BridgeClientFrameSchema>;

export type BridgeServerFrame =
  | { kind: 'result'; id: number; ok: true; value: unknown }
  | { kind: 'result'; id: number; ok: false; error: string }
  | { kind: 'event'; name: string; payload: unknown }
  | { kind: 'shell'; message: ShellMessage };
