// eslint-doc-generator (pinned in package.json) writes the README rules list and each rule doc's
// title and notices. Run `npm run docs` after changing rule metadata; `npm run lint` checks it.

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
    ['all', '🌐'],
  ],
  // `recommended-type-checked` enables exactly the `recommended` rules (with type information on):
  // listing it on every rule would repeat `recommended`.
  ignoreConfig: ['recommended-type-checked'],
  // The title already carries the description, so no separate 📝 description notice.
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'requiresTypeChecking'],
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  // Empty columns are hidden, so the severity/type-checking/deprecated columns only show up when used.
  ruleListColumns: [
    'name',
    'description',
    'configsError',
    'configsWarn',
    'configsOff',
    'fixable',
    'hasSuggestions',
    'requiresTypeChecking',
    'deprecated',
  ],
  // `## Options` is required (and must mention each option) for rules with options: `ruleDocSectionOptions`, on by default.
  ruleDocSectionInclude: ['Why', 'Examples', 'When Not To Use It', 'Further Reading'],
};

export default config;
