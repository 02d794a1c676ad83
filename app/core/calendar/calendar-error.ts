import { MessageSchema, type Message } from '../../shared/i18n/message';

/**
 * A calendar's trouble as the user is told it: a message, never a sentence. The Error's own
 * message is the key, for the log; what the user reads is `userMessage`, worded where it is shown.
 */
export class CalendarError extends Error {
  override name = 'CalendarError';

  constructor(readonly userMessage: Message) {
    super(userMessage.key);
  }
}

/** What to tell the user about an error: a calendar's own message, else the fallback (an error's text is not ours to show). */
export function userMessageOf(error: unknown, fallback: Message): Message {
  if (error instanceof CalendarError) return error.userMessage;
  // Across a worker thread or a test double, a CalendarError arrives as plain data with the same field.
  const carried = typeof error === 'object' && error !== null && 'userMessage' in error ? error.userMessage : undefined;
  const parsed = MessageSchema.safeParse(carried);
  return parsed.success ? parsed.data : fallback;
}
