// The portfolio's second chart: a bar per week. Week names are ours (`2026-W48`), counts are numbers,
// and the title goes through the same quoting as every other chart text.
import { mermaidText } from '../summary/mermaid';

export function barChart(
  title: string,
  bars: ReadonlyArray<{ readonly label: string; readonly value: number }>,
): string {
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  return [
    'xychart-beta',
    `    title "${mermaidText(title, 'Chart')}"`,
    `    x-axis [${bars.map((bar) => `"${mermaidText(bar.label, '?')}"`).join(', ')}]`,
    `    y-axis 0 --> ${top}`,
    `    bar [${bars.map((bar) => bar.value).join(', ')}]`,
  ].join('\n');
}
