import { useEffect, useState } from 'react';
import type { InterludeApi } from '../../app/shared/contract';
import type { AppState } from '../../app/shared/domain';

/** The latest state from main: fetched once, then kept current by its pushes. */
export function useAppState(api: InterludeApi): AppState | null {
  const [state, setState] = useState<AppState | null>(null);
  useEffect(() => {
    let live = true;
    const unsubscribe = api.onStateChanged((next) => setState(next));
    void api.getState().then((initial) => {
      if (live) setState((current) => current ?? initial);
    });
    return () => {
      live = false;
      unsubscribe();
    };
  }, [api]);
  return state;
}
