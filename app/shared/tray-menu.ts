import { z } from 'zod';
import { DashboardViewSchema } from './dashboard-view';
import { ExerciseIdSchema } from './exercise-id';

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
    z.object({ kind: z.literal('label'), id: z.string(), text: z.string() }),
    z.object({ kind: z.literal('separator'), id: z.string() }),
    z.object({
      kind: z.literal('action'),
      id: z.string(),
      text: z.string(),
      action: TrayActionSchema,
      enabled: z.boolean(),
    }),
    z.object({ kind: z.literal('submenu'), id: z.string(), text: z.string(), items: z.array(TrayMenuItemSchema) }),
  ]),
);
export type TrayMenuItem =
  | { kind: 'label'; id: string; text: string }
  | { kind: 'separator'; id: string }
  | { kind: 'action'; id: string; text: string; action: TrayAction; enabled: boolean }
  | { kind: 'submenu'; id: string; text: string; items: TrayMenuItem[] };

export const TrayMenuModelSchema = z.object({
  tooltip: z.string(),
  state: z.enum(['idle', 'in-session', 'prompt-waiting', 'in-reset', 'paused']),
  items: z.array(TrayMenuItemSchema),
});
export type TrayMenuModel = z.infer<typeof TrayMenuModelSchema>;
