// `engagement-keeper portfolio --facts <dir>`: the portfolio report offline, from a folder of facts files
// laid out as actions/download-artifact leaves them, one unreadable file reported but not fatal.
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { portfolioCommand } from '../../src/cli/commands/portfolio';
import { portfolioLoadSchema } from '../../src/portfolio/load-file';
import { threeEngagements } from './support';

const PORTFOLIO = `
portfolio:
  name: Sông Hàn Studio
  time_zone: Asia/Ho_Chi_Minh
  locale: vi
calendar:
  holidays: VN
engagements:
  - id: bepxanh
    repository: songhan/bepxanh-website
  - id: thuyen
    repository: thuyen-travel/booking-app
  - id: maison
    repository: maison-ceramics/shop
`;

afterEach(() => vi.restoreAllMocks());

describe('portfolio --facts', () => {
  it('renders the report from a folder of artifacts, in the portfolio’s language, and writes the load file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ek-portfolio-cli-'));
    for (const input of threeEngagements()) {
      const folder = join(dir, 'facts', `facts-${input.facts.repository.name}`);
      await mkdir(folder, { recursive: true });
      await writeFile(join(folder, 'facts.json'), JSON.stringify(input.facts));
    }
    await writeFile(join(dir, 'facts', 'broken.json'), '{');
    await writeFile(join(dir, 'portfolio.yml'), PORTFOLIO);
    const printed: string[] = [];
    const warned: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((text: string) => void printed.push(text));
    vi.spyOn(console, 'error').mockImplementation((text: string) => void warned.push(text));
    const loadOut = join(dir, 'load.json');
    const code = await portfolioCommand.run([
      '--facts',
      join(dir, 'facts'),
      '--config',
      join(dir, 'portfolio.yml'),
      '--load-out',
      loadOut,
    ]);
    expect(code, warned.join('\n')).toBe(0);
    const out = printed.join('\n');
    expect(out).toContain('# Sông Hàn Studio — tuần 2026-W49');
    expect(out).toContain('**0 đúng tiến độ · 1 có rủi ro · 1 trễ hạn · 1 chưa cập nhật được**');
    expect(out).toContain('tệp cấu hình dự án có 1 lỗi');
    expect(warned.join('\n')).toMatch(/warning: broken\.json is not JSON/u);
    const load = portfolioLoadSchema.parse(JSON.parse(await readFile(loadOut, 'utf8')));
    expect(load.owed.map((o) => [o.person, o.milestone])).toContainEqual(['Quang-Songhan', 'design']);
  });

  it('says what is wrong with its inputs, with the exit code for each', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await portfolioCommand.run([])).toBe(2);
    expect(await portfolioCommand.run(['--facts', '.', '--week', '48'])).toBe(2);
    expect(await portfolioCommand.run(['--facts', '.', '--config', 'no/such/portfolio.yml'])).toBe(1);
  });
});
