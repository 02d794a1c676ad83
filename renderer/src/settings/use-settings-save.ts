import { useState } from 'react';
import type { InterludeApi } from '../../../app/shared/contract';
import type { Message } from '../../../app/shared/i18n/message';
import type { Settings } from '../../../app/shared/settings';
import { useWords } from '../i18n/words';

/** A form's status line before it is worded: what was done, or the reasons it was not. */
export type SaveStatus = Message | { refused: readonly Message[] } | null;

/**
 * Saves settings and keeps a line to show in the form's status: what was done, or why it was not.
 * The line is kept as messages and worded as it is shown, so a change of language rewords it too.
 */
export function useSettingsSave(api: InterludeApi) {
  const words = useWords();
  const [saved, setStatus] = useState<SaveStatus>(null);
  const save = async (next: Settings, done: Message): Promise<boolean> => {
    const result = await api.updateSettings(next);
    setStatus(result.ok ? done : { refused: result.errors.map((error) => error.message) });
    return result.ok;
  };
  const status =
    saved === null
      ? null
      : 'refused' in saved
        ? words.t('settings.save.notSaved', { reasons: saved.refused.map((reason) => words.say(reason)).join(' ') })
        : words.say(saved);
  return { status, setStatus, save };
}
