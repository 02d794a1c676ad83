import { z } from 'zod';

/** The dashboard's views: today, Patterns, Settings, the two short forms the tray can open, and the resources page. */
export const DashboardViewSchema = z.enum([
  'today',
  'patterns',
  'settings',
  'note-moment',
  'reflection',
  'more-than-tiredness',
]);
export type DashboardView = z.infer<typeof DashboardViewSchema>;
