import type { BrowserContext, Frame, Page } from '@playwright/test';

/**
 * A pseudo-locale: the English messages with every letter accented and each message 40% longer,
 * between ⟦ ⟧ so a cut end shows. It is made in the page, from the real English chunk, by
 * answering the request for messages-en-*.js with a module that imports the original and
 * rewrites its messages: the app's own code and catalogues are untouched.
 */
export function pseudo(text: string): string {
  const accents: Record<string, string> = {
    a: 'á',
    b: 'ƀ',
    c: 'ç',
    d: 'ď',
    e: 'é',
    f: 'ƒ',
    g: 'ĝ',
    h: 'ĥ',
    i: 'í',
    j: 'ĵ',
    k: 'ķ',
    l: 'ĺ',
    m: 'ɱ',
    n: 'ñ',
    o: 'ó',
    p: 'þ',
    q: 'ǫ',
    r: 'ŕ',
    s: 'š',
    t: 'ţ',
    u: 'ú',
    v: 'ṽ',
    w: 'ŵ',
    x: 'ẋ',
    y: 'ý',
    z: 'ž',
    A: 'Á',
    B: 'Ɓ',
    C: 'Ç',
    D: 'Ď',
    E: 'É',
    F: 'Ƒ',
    G: 'Ĝ',
    H: 'Ĥ',
    I: 'Í',
    J: 'Ĵ',
    K: 'Ķ',
    L: 'Ĺ',
    M: 'Ṁ',
    N: 'Ñ',
    O: 'Ó',
    P: 'Þ',
    Q: 'Ǫ',
    R: 'Ŕ',
    S: 'Š',
    T: 'Ţ',
    U: 'Ú',
    V: 'Ṽ',
    W: 'Ŵ',
    X: 'Ẋ',
    Y: 'Ý',
    Z: 'Ž',
  };
  // Placeholders stay as they are, so the app still fills them in.
  const accented = text
    .split(/(\{\{[^}]*\}\})/)
    .map((part) => (part.startsWith('{{') ? part : part.replace(/[A-Za-z]/g, (letter) => accents[letter] ?? letter)))
    .join('');
  const visible = text.replace(/\{\{[^}]*\}\}/g, '').length;
  const filler = ['ļőŕéɱ', 'íþšúɱ', 'ďőļőŕ', 'šíţ', 'áɱéţ'];
  let extra = '';
  for (let index = 0; extra.length < Math.ceil(visible * 0.4); index++) extra += ` ${filler[index % filler.length]}`;
  return `⟦${accented}${extra}⟧`;
}

function moduleSource(originalFile: string): string {
  return `
    import * as original from './${originalFile}?original';
    const pseudo = ${pseudo.toString()};
    const catalogue = original.default ?? Object.values(original).find((value) => value && value.messages);
    const rewrite = (tree) => Object.fromEntries(
      Object.entries(tree).map(([key, value]) => [key, typeof value === 'string' ? pseudo(value) : rewrite(value)]),
    );
    export default { ...catalogue, messages: rewrite(catalogue.messages) };
  `;
}

/** Every window of these pages speaks the pseudo-locale in place of English. */
export async function usePseudoLocale(pages: Page | BrowserContext): Promise<void> {
  await pages.route(/\/assets\/messages-en-[\w-]+\.js$/, async (route) => {
    const file = new URL(route.request().url()).pathname.split('/').pop()!;
    await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: moduleSource(file) });
  });
}

/**
 * What overflows or is cut in a frame: a page that scrolls sideways, an element that hides part
 * of its content (overflow hidden or clipped, or an ellipsis), text that sticks out of its box,
 * and anything outside the window's width. Visually hidden text for screen readers is skipped.
 */
export function findOverflow(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => {
    const problems: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`the window scrolls sideways: ${root.scrollWidth}px wide in ${root.clientWidth}px`);
    for (const element of document.querySelectorAll('body *')) {
      const style = getComputedStyle(element);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const box = element.getBoundingClientRect();
      // Visually hidden (screen-reader-only) text is a 1px box by design.
      if (box.width <= 2 || box.height <= 2) continue;
      const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (clipsX && element.scrollWidth > element.clientWidth + 1)
        problems.push(`cut at the side: ${describe(element)} (${element.scrollWidth}px in ${element.clientWidth}px)`);
      if (clipsY && element.scrollHeight > element.clientHeight + 1)
        problems.push(
          `cut at the bottom: ${describe(element)} (${element.scrollHeight}px in ${element.clientHeight}px)`,
        );
      const ownText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      if (ownText && style.display !== 'inline' && !clipsX && element.scrollWidth > element.clientWidth + 1)
        problems.push(`text sticks out: ${describe(element)} (${element.scrollWidth}px in ${element.clientWidth}px)`);
      if (box.right > window.innerWidth + 1 || box.left < -1)
        problems.push(`outside the window: ${describe(element)} (${Math.round(box.left)}–${Math.round(box.right)}px)`);
    }
    return problems;
  });
}
