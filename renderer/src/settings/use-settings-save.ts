import { useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { Settings } from '../../../app/shared/settings';

/** Saves settings and keeps a line to show in the form's status: what was done, or why it was not. */
export function useSettingsSave(api: InterludeApi) {
  const [status, setStatus] = useState<string | null>(null);
  const save = async (next: Settings, done: string): Promise<boolean> => {
    const result = await api.updateSettings(next);
    setStatus(result.ok ? done : `Not saved: ${result.errors.map((error) => error.message).join(' ')}`);
    return result.ok;
  };
  return { status, setStatus, save };
}
