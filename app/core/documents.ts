import type { z } from 'zod';
import { message, type Message } from '../shared/i18n/message';
import type { DocumentStore } from './ports';

export interface LoadedDocument<T> {
  value: T;
  /** Set when the stored copy was unreadable and had to be set aside; meant for the user. */
  notice?: Message;
}

/**
 * Reads a JSON document and validates it. A missing document gives the fallback quietly;
 * a damaged one is set aside (never deleted) and the fallback is used, with a notice saying so.
 */
export async function loadJsonDocument<T>(
  store: DocumentStore,
  name: string,
  schema: z.ZodType<T>,
  fallback: T,
  /** What the user calls it, e.g. message('notices.documents.settings'): "settings file". */
  describe: Message,
): Promise<LoadedDocument<T>> {
  const text = await store.read(name);
  if (text === undefined) return { value: fallback };
  const parsed = safeJsonParse(text);
  const result = parsed.ok ? schema.safeParse(parsed.value) : undefined;
  if (result?.success) return { value: result.data };
  const keptAs = await store.setAside(name);
  return {
    value: fallback,
    notice: message('notices.documentUnreadable', { document: describe, keptAs }),
  };
}

export function safeJsonParse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
