import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { englishWords } from '../i18n/english';
import { WordsProvider } from '../i18n/words';

function InEnglish({ children }: { children: ReactNode }) {
  return (
    <WordsProvider language="en" initial={englishWords}>
      {children}
    </WordsProvider>
  );
}

/** Testing Library's render, with the English words already loaded. */
export function renderInEnglish(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  return render(ui, { wrapper: InEnglish, ...options });
}
