// `npm run eval:triage`: the triage on the evaluation split (never used for training) — accuracy
// per dimension and language group, the confusion of type, urgent items, the worst misses.
// `--write` also records the figures in BENCHMARKS.md (in its own section among the kept notes);
// `--split train` shows the training split instead (for tuning: only ever tune on that one);
// `--split eval2` … `--split eval6` the second to sixth held-out sets (corpus/triage/fresh-eval-2.txt …
// -6.txt; the fifth is English or mixed only).
import { readFileSync, writeFileSync } from 'node:fs';
import { evaluate, GROUPS, SCORED, type Evaluation } from '../src/feedback/classifier/evaluate';
import type { CorpusItem } from '../src/feedback/classifier/corpus';
import { CORPUS_FILES, loadCorpus, type Split } from './triage-corpus';
import { report } from './triage-report';
import { formerEvaluationStart, heldOutFolds, type Scheme } from './triage-cv';

const args = process.argv.slice(2);
const SPLITS: readonly Split[] = ['train', 'eval', 'eval2', 'eval3', 'eval4', 'eval5', 'eval6'];
const asked = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'eval';
const split: Split = SPLITS.find((name) => name === asked) ?? 'eval';
const scheme: Scheme = args.includes('--source') ? 'source' : 'cv';
const cv = args.includes('--cv') || args.includes('--source');
const items = loadCorpus(cv ? 'train' : split);
const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
const perFold: string[] = [];
const result = cv ? crossValidate(items) : evaluate(items);

/** Held-out folds of the training split: the way to tune without touching the evaluation set. */
function crossValidate(all: readonly CorpusItem[]): Evaluation {
  const folds = heldOutFolds(all, scheme, formerEvaluationStart(readFileSync(CORPUS_FILES.train, 'utf8')));
  const results = folds.map((fold) => evaluate(fold.held, undefined, fold.weights));
  results.forEach((fold, k) => {
    const a = fold.accuracy.all;
    perFold.push(
      `| ${k + 1} (${fold.count.all}) | ${pct(fold.urgentFound)} | ${pct(fold.falseP1)} | ${pct(a.importance)} | ${pct(a.priority)} | ${pct(a.all)} |`,
    );
  });
  return evaluateMerged(
    results,
    results.flatMap((fold) => fold.misses),
  );
}

const worstArg = args.includes('--worst') ? Number(args[args.indexOf('--worst') + 1]) : undefined;
const text = report(result, worstArg ?? (cv ? 40 : 10));
const foldTable =
  perFold.length > 1
    ? `\n\nPer fold (held-out items): urgent found, false P1, importance, priority, all four\n\n| Fold | urgent found | false P1 | importance | priority | all four |\n|---|---:|---:|---:|---:|---:|\n${perFold.join('\n')}`
    : '';
console.log(
  `Triage on the ${cv ? (scheme === 'cv' ? 'train split, 5-fold cross-validation' : 'former evaluation set, trained on the rest of the train split') : `${split} split`} (${items.length} items)\n\n${text}${foldTable}`,
);

const START = '<!-- triage-eval:start -->';
const END = '<!-- triage-eval:end -->';
const KEPT = '<!-- Notes below this line are kept when npm run bench rewrites the figures above. -->';
if (args.includes('--write') && split === 'eval') {
  const doc = readFileSync('BENCHMARKS.md', 'utf8');
  const section = `${START}\n## Feedback triage on the evaluation set\n\nProduced by \`npm run eval:triage -- --write\` on ${new Date().toISOString().slice(0, 10)}: the local model (weights in\n\`src/feedback/classifier/weights.json\`, trained by \`npm run train:triage\` on \`corpus/triage/train.txt\` only),\non the ${items.length} items of \`${CORPUS_FILES.eval}\`, with an engagement that has no keywords of its own. See\ndocs/feedback.md for the labels' definitions and how the sets were written.\n\n${text}\n${END}`;
  const at = doc.indexOf(START);
  const next =
    at >= 0
      ? `${doc.slice(0, at)}${section}${doc.slice(doc.indexOf(END) + END.length)}`
      : doc.includes(KEPT)
        ? doc.replace(KEPT, `${KEPT}\n\n${section}\n`)
        : `${doc}\n${KEPT}\n\n${section}\n`;
  writeFileSync('BENCHMARKS.md', next);
  console.log('\nBENCHMARKS.md updated.');
}

/** The folds' figures averaged (folds differ in size by a few items). */
function evaluateMerged(folds: readonly Evaluation[], misses: Evaluation['misses']): Evaluation {
  const mean = (pick: (e: Evaluation) => number): number =>
    folds.reduce((sum, e) => sum + pick(e), 0) / folds.length;
  const groups = ['all', ...GROUPS] as const;
  const accuracy = Object.fromEntries(
    groups.map((g) => [g, Object.fromEntries(SCORED.map((d) => [d, mean((e) => e.accuracy[g][d])]))]),
  ) as unknown as Evaluation['accuracy'];
  const count = Object.fromEntries(
    groups.map((g) => [g, folds.reduce((s, e) => s + e.count[g], 0)]),
  ) as Evaluation['count'];
  const typeConfusion: Record<string, Record<string, number>> = {};
  for (const fold of folds) {
    for (const [gold, row] of Object.entries(fold.typeConfusion)) {
      for (const [got, n] of Object.entries(row)) {
        const target = (typeConfusion[gold] ??= {});
        target[got] = (target[got] ?? 0) + n;
      }
    }
  }
  return {
    count,
    accuracy,
    typeConfusion,
    urgentFound: mean((e) => e.urgentFound),
    falseP1: mean((e) => e.falseP1),
    reviewed: mean((e) => e.reviewed),
    misses: [...misses].sort((a, b) => b.wrong.length - a.wrong.length),
  };
}
