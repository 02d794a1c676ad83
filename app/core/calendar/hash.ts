import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * A keyed hash of an event's identifier: HMAC-SHA256 under a random key kept with the feed
 * addresses (sealed by the system keychain where there is one), never beside the caches. It tells
 * whether an event changed between refreshes without keeping its UID, and without the key it
 * cannot be reversed or matched. 128 bits of it are kept: enough that two events never collide.
 */
export function keyedHasher(key: string): (value: string) => string {
  const keyed = hmac.create(sha256, utf8ToBytes(key));
  return (value) => bytesToHex(keyed.clone().update(utf8ToBytes(value)).digest()).slice(0, 32);
}
