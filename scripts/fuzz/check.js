// The fuzz check for one program, shared by `npm run fuzz` (built plugin) and tests/fuzz.test.ts
// (plugin from source). With every rule on (`configs.all`):
//
// - no rule throws (a crash);
// - the analysis finds exactly the call sites the generator wrote (none of its decoys);
// - every edit (autofix or suggestion), applied alone, keeps each `//` comment on the line of the
//   code it follows; every suggestion alone gives code that parses and keeps every comment (same
//   comments, same order);
// - the autofixes, applied together by `verifyAndFix` as `eslint --fix` does, give code that
//   parses and keeps every comment, and a second `verifyAndFix` on that output changes nothing
//   (the fixes converge); the analysis finds the same call sites in it. On a failure, the rule is
//   found by fixing with each rule alone.
import { createRequire } from 'node:module';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

const require = createRequire(import.meta.url);
const espree = createRequire(require.resolve('eslint/package.json'))('espree');

const CALL_SITE_RULE = 'fuzz/call-site';
const FILES = ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'];

/** A rule that reports each call the request analysis takes for an OpenAI request. */
function callSitePlugin(getRequest) {
  return {
    meta: { name: 'fuzz-call-sites' },
    rules: {
      'call-site': {
        meta: { type: 'problem', schema: [], messages: { site: 'call site' } },
        create(context) {
          return {
            CallExpression(node) {
              if (getRequest(context.sourceCode, node)) context.report({ node, messageId: 'site' });
            },
          };
        },
      },
    },
  };
}

function languageOptions(program) {
  if (program.language === 'ts') return { parser: tsParser, sourceType: 'module' };
  return { ecmaVersion: 'latest', sourceType: program.sourceType };
}

/** Parse as ESLint would; `{ comments }` or `{ error }`. */
function parse(program, code) {
  try {
    if (program.language === 'ts') {
      const { ast } = tsParser.parseForESLint(code, { sourceType: 'module', ecmaVersion: 'latest', comment: true, range: true, filePath: program.filename });
      return { comments: ast.comments };
    }
    const ast = espree.parse(code, { ecmaVersion: 'latest', sourceType: program.sourceType, comment: true, range: true });
    return { comments: ast.comments };
  } catch (error) {
    return { error };
  }
}

const commentKeys = (comments) => comments.map((c) => (c.type === 'Line' ? `//${c.value}` : `/*${c.value}*/`));

/** `null` when the comments are the same, in the same order; else what changed. */
function commentChange(before, after) {
  const a = commentKeys(before);
  const b = commentKeys(after);
  if (a.length === b.length && a.every((key, i) => key === b[i])) return null;
  const lost = a.filter((key) => !b.includes(key));
  const added = b.filter((key) => !a.includes(key));
  if (lost.length > 0 || added.length > 0) return `comments lost: ${JSON.stringify(lost)}, added: ${JSON.stringify(added)}`;
  return `comments reordered: ${JSON.stringify(a)} -> ${JSON.stringify(b)}`;
}

/**
 * The `//` comments that end a line of code, each with the token before it (a line comment belongs
 * to the code before it on its line).
 */
function trailingLineComments(sourceCode) {
  const out = [];
  for (const comment of sourceCode.getAllComments()) {
    if (comment.type !== 'Line') continue;
    const previous = sourceCode.getTokenBefore(comment, { includeComments: true });
    if (previous && previous.type !== 'Line' && previous.type !== 'Block' && previous.loc.end.line === comment.loc.start.line) {
      out.push({ comment, previous });
    }
  }
  return out;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * One fix as edits that do not touch comments: ESLint merges the parts of a fix into one range
 * whose text repeats what lies between them, comments included. `null` when the fix removes or
 * changes a comment.
 */
function commentFreeEdits(code, fix, comments) {
  const [start, end] = fix.range;
  const edits = [];
  let position = start;
  let textPosition = 0;
  for (const comment of comments) {
    const [commentStart, commentEnd] = comment.range;
    if (commentEnd <= start || commentStart >= end) continue;
    if (commentStart < start || commentEnd > end) return null;
    const index = fix.text.indexOf(code.slice(commentStart, commentEnd), textPosition);
    if (index < 0) return null;
    edits.push({ range: [position, commentStart], text: fix.text.slice(textPosition, index) });
    position = commentEnd;
    textPosition = index + commentEnd - commentStart;
  }
  edits.push({ range: [position, end], text: fix.text.slice(textPosition) });
  return edits;
}

/**
 * Whether one edit moves a `//` comment away from the code it ends the line of: the edit puts a
 * line break between them (a property inserted after the code but before its comment), or removes
 * the code and leaves the comment alone on its line. An edit that rewrites the code on that line in
 * place (a value replaced) does not move it.
 */
function movedLineComment(code, trailing, comments, fix) {
  const edits = commentFreeEdits(code, fix, comments);
  if (!edits) return null; // Lost comments are found by comparing the comments before and after.
  for (const { comment, previous } of trailing) {
    const commentStart = comment.range[0];
    for (const { range: [start, end], text } of edits) {
      if (end > commentStart) continue;
      if (previous.range[1] <= start) {
        // The edit lies between the code and its comment.
        if (LINE_BREAK.test(code.slice(previous.range[1], start) + text + code.slice(end, commentStart))) {
          return `//${comment.value} no longer ends the line of \`${previous.value}\`: the edit puts a line break before it`;
        }
      } else if (end >= previous.range[1]) {
        // The edit rewrites the code before the comment: some code must stay before it on its line.
        const output = code.slice(0, start) + text + code.slice(end, commentStart);
        const lineStart = Math.max(output.lastIndexOf('\n'), output.lastIndexOf('\r')) + 1;
        if (output.slice(lineStart).trim() === '') return `//${comment.value} is left alone on its line: the code it ended was removed`;
      }
    }
  }
  return null;
}

function applyFix(code, fix) {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

function describeError(error) {
  return String(error?.stack ?? error)
    .split('\n')
    .slice(0, 12)
    .join('\n');
}

/**
 * A checker for one plugin build. `plugin` is the plugin object (dist or source) and `getRequest`
 * the request analysis of the same build (used to count call sites). `settings` are ESLint's shared
 * settings for every program (`{ openai: { date } }` fixes the day retirements are judged on).
 */
export function createChecker({ plugin, getRequest, settings = {} }) {
  const linter = new Linter({ configType: 'flat' });
  const counter = callSitePlugin(getRequest);
  const ruleIds = Object.keys(plugin.configs.all.rules);
  const cache = new Map();

  /** The config for a program's language: `all` rules, plus the call-site counter when `counted`. */
  function config(program, { counted = false, only = null } = {}) {
    const key = `${program.language}/${program.sourceType}/${counted}/${only ?? ''}`;
    let value = cache.get(key);
    if (!value) {
      value = [
        { files: FILES, languageOptions: languageOptions(program), linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' }, settings },
        only ? { plugins: { openai: plugin }, rules: { [only]: 'error' } } : plugin.configs.all,
        ...(counted ? [{ plugins: { fuzz: counter }, rules: { [CALL_SITE_RULE]: 'error' } }] : []),
      ];
      cache.set(key, value);
    }
    return value;
  }

  /** The rules whose fixes alone reproduce a failed round trip (for the failure report). */
  function attribute(program, failsWith) {
    const rules = [];
    for (const rule of ruleIds) {
      try {
        const result = linter.verifyAndFix(program.code, config(program, { only: rule }), { filename: program.filename });
        if (failsWith(result)) rules.push(rule);
      } catch {
        rules.push(rule);
      }
    }
    return rules;
  }

  /**
   * Check one program `{ code, filename, language, sourceType, callSites }`. Returns
   * `{ failure, stats }`: `failure` is `null` or `{ kind, message, rule, output }`.
   */
  function check(program) {
    const { code, filename } = program;
    const stats = { callSites: 0, reports: 0, fixable: 0, suggestions: 0, fixedPrograms: 0, byRule: {} };
    const fail = (kind, message, extra = {}) => ({ failure: { kind, message, rule: null, output: null, ...extra }, stats });

    let messages;
    try {
      messages = linter.verify(code, config(program, { counted: true }), { filename });
    } catch (error) {
      return fail('crash', describeError(error));
    }
    const fatal = messages.find((m) => m.fatal);
    if (fatal) return fail('input-does-not-parse', `${fatal.line}:${fatal.column} ${fatal.message} (a generator bug)`);
    stats.callSites = messages.filter((m) => m.ruleId === CALL_SITE_RULE).length;
    if (typeof program.callSites === 'number' && stats.callSites !== program.callSites) {
      const lines = messages.filter((m) => m.ruleId === CALL_SITE_RULE).map((m) => m.line);
      return fail('call-sites', `the generator wrote ${program.callSites} call site(s), the analysis found ${stats.callSites} (at lines ${lines.join(', ')})`);
    }
    const own = messages.filter((m) => m.ruleId?.startsWith('openai/'));
    stats.reports = own.length;
    for (const message of own) stats.byRule[message.ruleId] = (stats.byRule[message.ruleId] ?? 0) + 1;
    stats.fixable = own.filter((m) => m.fix).length;
    stats.suggestions = own.reduce((sum, m) => sum + (m.suggestions?.length ?? 0), 0);
    if (stats.fixable === 0 && stats.suggestions === 0) return { failure: null, stats };

    // The source code of the lint above (nothing else has been linted since).
    const sourceCode = linter.getSourceCode();
    const comments = sourceCode.getAllComments();
    const trailing = trailingLineComments(sourceCode);
    // Each edit alone, on the original text: no `//` comment moves away from its code; a suggestion
    // also parses and keeps every comment (autofixes are parsed below, applied together).
    for (const message of own) {
      const edits = [...(message.fix ? [['autofix', message.fix]] : []), ...(message.suggestions ?? []).map((s) => [`suggestion "${s.desc}"`, s.fix])];
      for (const [what, fix] of edits) {
        const where = `${message.ruleId} at ${message.line}:${message.column}, ${what}`;
        const moved = movedLineComment(code, trailing, comments, fix);
        if (moved) return fail('edit-moves-comments', `${where}: ${moved}`, { rule: message.ruleId, output: applyFix(code, fix) });
        if (what === 'autofix') continue;
        const output = applyFix(code, fix);
        const parsed = parse(program, output);
        if (parsed.error) return fail('edit-does-not-parse', `${where}: ${parsed.error.message}`, { rule: message.ruleId, output });
        const change = commentChange(comments, parsed.comments);
        if (change) return fail('edit-moves-comments', `${where}: ${change}`, { rule: message.ruleId, output });
      }
    }
    if (stats.fixable === 0) return { failure: null, stats };

    // All autofixes together, as `eslint --fix` applies them.
    let first;
    try {
      first = linter.verifyAndFix(code, config(program, { counted: true }), { filename });
    } catch (error) {
      return fail('crash', `during verifyAndFix: ${describeError(error)}`);
    }
    stats.fixedPrograms = first.fixed ? 1 : 0;
    const fixedFatal = first.messages.find((m) => m.fatal);
    const parsed = parse(program, first.output);
    if (fixedFatal || parsed.error) {
      const rules = attribute(program, (r) => r.messages.some((m) => m.fatal));
      return fail('fixed-does-not-parse', fixedFatal?.message ?? parsed.error.message, { rule: rules.join(', ') || null, output: first.output });
    }
    const change = commentChange(comments, parsed.comments);
    if (change) {
      const rules = attribute(program, (r) => {
        const output = parse(program, r.output);
        return r.fixed && (output.error !== undefined || commentChange(comments, output.comments) !== null);
      });
      return fail('fixed-moves-comments', change, { rule: rules.join(', ') || null, output: first.output });
    }

    // The call sites of the fixed output, from the last pass of `verifyAndFix`.
    const after = first.messages.filter((m) => m.ruleId === CALL_SITE_RULE).length;
    let second;
    try {
      second = linter.verifyAndFix(first.output, config(program), { filename });
    } catch (error) {
      return fail('crash', `on the fixed output: ${describeError(error)}`, { output: first.output });
    }
    if (second.fixed) {
      // The last pass of the first `verifyAndFix` linted its output: the rules still fixing it.
      const rules = [...new Set(first.messages.filter((m) => m.fix).map((m) => m.ruleId))];
      return fail('not-converged', 'a second `verifyAndFix` on the fixed output changed it again', { rule: rules.join(', ') || null, output: `${first.output}\n/* ---- after the second pass ---- */\n${second.output}` });
    }
    if (after !== stats.callSites) return fail('call-sites-after-fix', `${stats.callSites} call site(s) before fixing, ${after} after`, { output: first.output });
    return { failure: null, stats };
  }

  return { check };
}
