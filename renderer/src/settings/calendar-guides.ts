import type { MessageKey } from '../../../app/shared/i18n/message';

/**
 * Where each service keeps its calendar link, in our own words: the service's name and its steps,
 * as message keys (calendarGuides.*). Shown as short guides under Calendars.
 */
export const CALENDAR_GUIDES: { id: string; service: MessageKey; steps: MessageKey }[] = [
  {
    id: 'simple-practice',
    service: 'calendarGuides.simplePractice.service',
    steps: 'calendarGuides.simplePractice.steps',
  },
  { id: 'therapy-notes', service: 'calendarGuides.therapyNotes.service', steps: 'calendarGuides.therapyNotes.steps' },
  { id: 'jane', service: 'calendarGuides.jane.service', steps: 'calendarGuides.jane.steps' },
  {
    id: 'therapy-appointment',
    service: 'calendarGuides.therapyAppointment.service',
    steps: 'calendarGuides.therapyAppointment.steps',
  },
  { id: 'google', service: 'calendarGuides.google.service', steps: 'calendarGuides.google.steps' },
  { id: 'outlook', service: 'calendarGuides.outlook.service', steps: 'calendarGuides.outlook.steps' },
];
