import './test/support/holiday-data';
import { classifyFeedback } from './src/feedback/classify';
import { readText } from './src/feedback/classifier/features';
import { loadEngagement } from './src/engagement/load';
import { readFileSync } from 'node:fs';
const loaded = loadEngagement(readFileSync('examples/engagement.yml', 'utf8'), 'e');
if (!loaded.ok) throw new Error('bad');
const texts = process.argv.slice(2);
for (const t of texts) {
  const [title, body] = t.split('|');
  const c = classifyFeedback(loaded.engagement, { title: title ?? '', body: body ?? '' });
  console.log(JSON.stringify({ t: t.slice(0, 60), type: c.type, imp: c.importance, pri: c.priority, conf: c.confidence.type.toFixed(2), missing: c.missing }));
  if (process.env.F) console.log(readText(`${title}\n${body}`).features.join(' '));
}
