// The evaluation's figures as Markdown: accuracy per dimension and language group, urgent items, the
// confusion of type and the worst misses (shared by `eval:triage` and `eval:triage-model`).
import { GROUPS, SCORED, TARGETS, type Evaluation } from '../src/feedback/classifier/evaluate';

const pct = (value: number): string => `${(value * 100).toFixed(1)} %`;
const GROUP_NAMES = {
  all: 'All',
  vi: 'Vietnamese with diacritics',
  'vi-plain': 'Vietnamese without diacritics',
  en: 'English or mixed',
} as const;

export function report(evaluation: Evaluation, worst = 10): string {
  const lines: string[] = [];
  lines.push(`| Group (items) | ${SCORED.map((d) => (d === 'all' ? 'all four' : d)).join(' | ')} |`);
  lines.push(`|---|${SCORED.map(() => '---:').join('|')}|`);
  for (const group of ['all', ...GROUPS] as const) {
    // A set of one language group (the fifth is English or mixed only) has no row for the others.
    if (group !== 'all' && evaluation.count[group] === 0) continue;
    const row = evaluation.accuracy[group];
    lines.push(
      `| ${GROUP_NAMES[group]} (${evaluation.count[group]}) | ${SCORED.map((d) => pct(row[d])).join(' | ')} |`,
    );
  }
  lines.push(
    `| Target | ${SCORED.map((d) => (TARGETS[d] === undefined ? '–' : `≥ ${pct(TARGETS[d] as number)}`)).join(' | ')} |`,
  );
  lines.push('');
  lines.push(
    `Urgent (gold P1) triaged P1: **${pct(evaluation.urgentFound)}** (target ≥ 95 %); non-P1 triaged P1: **${pct(evaluation.falseP1)}** (target < 5 %).`,
  );
  lines.push(
    `Items the triage role is asked to review (a dimension below the confidence threshold): ${pct(evaluation.reviewed)}.`,
  );
  lines.push('');
  lines.push('Confusion of type (rows: label, columns: triage):');
  lines.push('');
  const types = ['positive', 'negative', 'neutral'];
  lines.push(`| | ${types.join(' | ')} |`, `|---|${types.map(() => '---:').join('|')}|`);
  for (const gold of types) {
    lines.push(`| ${gold} | ${types.map((got) => evaluation.typeConfusion[gold]?.[got] ?? 0).join(' | ')} |`);
  }
  lines.push('');
  lines.push(
    `Worst misses (${Math.min(worst, evaluation.misses.length)} of ${evaluation.misses.length} items with a wrong dimension):`,
  );
  lines.push('');
  for (const miss of evaluation.misses.slice(0, worst)) {
    const { item, got } = miss;
    const detail = miss.wrong
      .map((dimension) => {
        if (dimension === 'all') return '';
        const gold = dimension === 'priority' ? '' : ` (label ${item[dimension]})`;
        return `${dimension} ${got[dimension]}${gold}`;
      })
      .join(', ');
    lines.push(`- line ${item.line} [${item.group}] “${item.title}”: ${detail}`);
  }
  return lines.join('\n');
}
