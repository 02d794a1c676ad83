import { z } from 'zod';

/** The dashboard's views: today, Patterns, the two short forms the tray can open, and the resources page. */
export const DashboardViewSchema = z.enum(['today', 'patterns', 'note-moment', 'reflection', 'more-than-tiredness']);
export type DashboardView = z.infer<typeof DashboardViewSchema>;
