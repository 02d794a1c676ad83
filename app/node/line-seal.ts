import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Starts every sealed line. `~` is in no base64 alphabet and starts no JSON, so a sealed line is told apart at a glance. */
export const SEAL_PREFIX = '~1:';
/** Stands in for a line that fails to unseal (torn by a crash, or damaged): it parses as no record and no document. */
export const UNREADABLE = '\u0000';

export const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Text sealed with AES-256-GCM as one line: `~1:` and base64 of iv, ciphertext and tag. A fresh
 * random IV each time; with 96-bit IVs one key is safe for billions of lines.
 */
export function sealLine(key: Buffer, text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return `${SEAL_PREFIX}${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}\n`;
}

/** How many sealed lines a document holds: each append adds one. */
export function sealedLineCount(raw: string): number {
  return raw.split(SEAL_PREFIX).length - 1;
}

export function containsSealed(raw: string): boolean {
  return raw.startsWith(SEAL_PREFIX) || raw.includes(`\n${SEAL_PREFIX}`);
}

/**
 * The text a document held: each sealed line opened and joined back as it was written. A line
 * that fails to open becomes UNREADABLE, ending as the raw line ended (so a torn last line still
 * reads as torn); lines written before sealing began pass through unchanged. Two sealed lines run
 * together, when an append followed a torn one, are split at the prefix so the good one survives.
 */
export function unsealText(key: Buffer, raw: string): string {
  if (!containsSealed(raw)) return raw;
  const lines = raw.split('\n');
  const ended = raw.endsWith('\n');
  if (ended) lines.pop();
  return lines
    .map((line, index) => {
      const newline = index < lines.length - 1 || ended ? '\n' : '';
      if (!line.startsWith(SEAL_PREFIX)) return line + newline;
      const chunks = line.split(SEAL_PREFIX).slice(1);
      return chunks
        .map((chunk, at) => openChunk(key, chunk) ?? UNREADABLE + (at < chunks.length - 1 ? '\n' : newline))
        .join('');
    })
    .join('');
}

function openChunk(key: Buffer, chunk: string): string | undefined {
  const bytes = Buffer.from(chunk, 'base64');
  if (bytes.length < IV_BYTES + TAG_BYTES) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([
      decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}
