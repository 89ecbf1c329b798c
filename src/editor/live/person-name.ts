/** The name this person shows in live rooms: kept in the browser, a guest name until they give one. */
import { LIVE_WORDS } from '../../theme/people';

const KEY = 'upturn:live-name';

export function personName(storage: Storage | null): string {
  try {
    const kept = storage?.getItem(KEY)?.trim();
    if (kept) return kept.slice(0, 60);
  } catch {
    // Storage refused (private mode): a guest name for this page.
  }
  const bytes = new Uint8Array(1);
  crypto.getRandomValues(bytes);
  return LIVE_WORDS.guest(((bytes[0] ?? 0) % 90) + 10);
}

export function keepPersonName(storage: Storage | null, name: string): void {
  try {
    storage?.setItem(KEY, name.trim().slice(0, 60));
  } catch {
    // Not kept: the name still holds for this page.
  }
}
