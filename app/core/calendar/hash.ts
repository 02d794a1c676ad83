/**
 * cyrb53: a fast 53-bit string hash. Salted per installation, it tells whether an event changed
 * between refreshes without keeping its UID. It is not meant to resist a determined attacker;
 * the UID it hides is an opaque identifier, and nothing else about the event is kept.
 */
export function saltedHash(salt: string, value: string): string {
  const text = `${salt}\u0000${value}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
