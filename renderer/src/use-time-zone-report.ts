import { useEffect } from 'react';
import type { InterludeApi } from '../../app/shared/contract';

const CHECK_EVERY_MS = 60_000;

/**
 * Tells the core when this window's time zone differs from the one it plans in. Chromium
 * notices a change of zone at once; Electron's main process never does (electron/electron#33723).
 */
export function useTimeZoneReport(api: InterludeApi, coreZone: string | undefined): void {
  useEffect(() => {
    if (coreZone === undefined) return;
    const check = () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && zone !== coreZone) void api.reportTimeZone({ timeZone: zone });
    };
    check();
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', check);
    };
  }, [api, coreZone]);
}
