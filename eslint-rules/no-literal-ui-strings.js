// @ts-check
/**
 * Words a user sees come from the message catalogues (app/shared/i18n/locales), never from a
 * literal in the code: in JSX, text between tags and the attributes a screen reader or tooltip
 * speaks; in the main process and the core's tray and notification code, the properties that
 * become labels, titles and bodies. Text without a letter ("·", "—", "3") and the app's name are
 * not words to translate.
 */

const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-valuetext',
  'aria-roledescription',
  'aria-placeholder',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const NOT_WORDS = new Set(['Interlude']);
const LETTER = /\p{L}/u;

/** @param {unknown} text */
function isWords(text) {
  if (typeof text !== 'string') return false;
  const trimmed = text.trim();
  return LETTER.test(trimmed) && !NOT_WORDS.has(trimmed);
}

/** @param {any} node */
function literalText(node) {
  if (!node) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral')
    return node.quasis.map((/** @type {any} */ quasi) => quasi.value.cooked).join('');
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible words come from the message catalogues, not literals.' },
    schema: [
      {
        type: 'object',
        properties: { properties: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      jsxText: 'Words in JSX come from the catalogue: use words.t(…) with a key in app/shared/i18n/locales/en.',
      attribute: 'The "{{name}}" attribute is read to the user: word it with words.t(…).',
      property: 'The "{{name}}" property is shown to the user: make it a message key (message(…)) or words.t(…).',
    },
  },
  create(context) {
    const uiProperties = new Set(context.options[0]?.properties ?? []);
    return {
      /** @param {any} node */
      JSXText(node) {
        if (isWords(node.value)) context.report({ node, messageId: 'jsxText' });
      },
      /** @param {any} node */
      JSXExpressionContainer(node) {
        if (node.parent?.type === 'JSXAttribute') return;
        if (isWords(literalText(node.expression))) context.report({ node, messageId: 'jsxText' });
      },
      /** @param {any} node */
      JSXAttribute(node) {
        const name = node.name.type === 'JSXIdentifier' ? node.name.name : null;
        if (!name || !SPOKEN_ATTRIBUTES.has(name)) return;
        const value = node.value?.type === 'JSXExpressionContainer' ? node.value.expression : node.value;
        if (isWords(literalText(value))) context.report({ node, messageId: 'attribute', data: { name } });
      },
      /** @param {any} node */
      Property(node) {
        if (uiProperties.size === 0 || node.key.type !== 'Identifier' || !uiProperties.has(node.key.name)) return;
        if (isWords(literalText(node.value)))
          context.report({ node, messageId: 'property', data: { name: node.key.name } });
      },
    };
  },
};

export default { rules: { 'no-literal-ui-strings': rule } };
