import { Fragment, type ReactNode } from 'react';

/**
 * A worded sentence with elements in it: words.t('key') leaves a placeholder it has no value for
 * ("Read {{guide}} first"), and this puts each element in its place, so a translation may move it.
 */
export function fill(text: string, elements: Readonly<Record<string, ReactNode>>): ReactNode {
  const parts = text.split(/(\{\{\s*[A-Za-z0-9_]+\s*\}\})/);
  return parts.map((part, index) => {
    const name = /^\{\{\s*([A-Za-z0-9_]+)\s*\}\}$/.exec(part)?.[1];
    return <Fragment key={index}>{name !== undefined && name in elements ? elements[name] : part}</Fragment>;
  });
}
