import { z } from 'zod';
import { DashboardViewSchema } from './dashboard-view';
import { ExerciseIdSchema } from './exercise-id';
import { LanguageSchema } from './i18n/languages';
import { MessageSchema, type Message } from './i18n/message';

export const TrayActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start-reset'), exercise: ExerciseIdSchema.optional() }),
  z.object({ type: z.literal('pause'), for: z.enum(['hour', 'today', 'until-resumed']) }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('check-in-now') }),
  /** The dashboard, at one of its views (today when left out). */
  z.object({ type: z.literal('open-dashboard'), view: DashboardViewSchema.optional() }),
  z.object({ type: z.literal('quit') }),
]);
export type TrayAction = z.infer<typeof TrayActionSchema>;

export const TrayMenuItemSchema: z.ZodType<TrayMenuItem> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('label'), id: z.string(), text: MessageSchema }),
    z.object({ kind: z.literal('separator'), id: z.string() }),
    z.object({
      kind: z.literal('action'),
      id: z.string(),
      text: MessageSchema,
      action: TrayActionSchema,
      enabled: z.boolean(),
    }),
    z.object({ kind: z.literal('submenu'), id: z.string(), text: MessageSchema, items: z.array(TrayMenuItemSchema) }),
  ]),
);
export type TrayMenuItem =
  | { kind: 'label'; id: string; text: Message }
  | { kind: 'separator'; id: string }
  | { kind: 'action'; id: string; text: Message; action: TrayAction; enabled: boolean }
  | { kind: 'submenu'; id: string; text: Message; items: TrayMenuItem[] };

export const TrayMenuModelSchema = z.object({
  /** The language the core chose: the shell words the menu in it. */
  language: LanguageSchema,
  tooltip: MessageSchema,
  state: z.enum(['idle', 'in-session', 'prompt-waiting', 'in-reset', 'paused']),
  items: z.array(TrayMenuItemSchema),
});
export type TrayMenuModel = z.infer<typeof TrayMenuModelSchema>;
