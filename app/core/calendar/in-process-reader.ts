import { message } from '../../shared/i18n/message';
import { CalendarFormatError } from './ics-lines';
import { parseCalendar } from './parse-calendar';
import { summarizeWarnings } from './warnings';
import type { CalendarReader, ReadRequest, ReadResult } from './ports';

/**
 * Reads a calendar and expands one window. Shared by the worker thread and by tests. Given a
 * clock (milliseconds since reading began), it refuses a calendar that takes too long.
 */
export function readCalendar(text: string, request: ReadRequest, elapsedMs?: () => number): ReadResult {
  const calendar = parseCalendar(text, {
    elapsedMs,
    rule: request.rule,
    timeZone: request.timeZone,
    hashKey: request.hashKey,
    detectOutOfOffice: request.detectOutOfOffice,
    outOfOfficeByTitle: request.outOfOfficeByTitle,
  });
  const { events, ignored, outOfOfficeDates } = calendar.eventsBetween(request.from, request.to);
  return { events, ignored, outOfOfficeDates, warnings: summarizeWarnings(calendar.warnings) };
}

/** The reader on the calling thread: fine for tests and small calendars. */
export const inProcessReader: CalendarReader = {
  read(text, request) {
    try {
      return Promise.resolve(readCalendar(text, request));
    } catch (error) {
      return Promise.reject(
        error instanceof CalendarFormatError ? error : new CalendarFormatError(message('calendar.read.unreadable')),
      );
    }
  },
};
