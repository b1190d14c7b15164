// Builds demo/snapshot.json by SIMULATING the first weeks of the example engagement (Bếp Xanh Coffee's
// website, examples/engagement.yml) from an empty repository: every morning and afternoon the real
// planner runs and its plan is applied in memory exactly as GitHub would (fake-github/world.ts), and
// the people of both sides act on a script — comments in Vietnamese, ticked boxes, feedback issues.
// Run: npx tsx demo/build-snapshot.ts   (then `npm run demo` plans the morning of 2 Dec 2026)
import { useDateHolidays } from '../src/action/holiday-files';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { botIssueMarker } from '../src/core/markers';
import { planRun } from '../src/plan/planner';
import type { Snapshot } from '../src/core/snapshot';
import { loadEngagement } from '../src/engagement/load';
import { addComment, addIssue, applyPlan, makeSnapshot, tickItem } from '../fake-github/world';

useDateHolidays();

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const loaded = loadEngagement(
  readFileSync(path.join(root, 'examples/engagement.yml'), 'utf8'),
  'examples/engagement.yml',
);
if (!loaded.ok) throw new Error(`examples/engagement.yml does not load: ${loaded.errors[0]?.message}`);
const engagement = loaded.engagement;

type Action = (world: Snapshot) => Snapshot;

const nextNumber = (world: Snapshot) => Math.max(0, ...world.issues.map((issue) => issue.number)) + 1;

function milestoneIssue(world: Snapshot, id: string): number | undefined {
  return world.issues.find((issue) => botIssueMarker(world, issue)?.subject === `milestone:${id}`)?.number;
}

function feedbackIssue(world: Snapshot, titleStart: string): number {
  const found = world.issues.find((issue) => issue.title.startsWith(titleStart));
  if (!found) throw new Error(`No issue titled "${titleStart}…"`);
  return found.number;
}

/** A client or vendor comment on the tracking issue of a milestone (skipped if the rules opened none). */
function onMilestone(
  id: string,
  author: string,
  association: 'NONE' | 'MEMBER',
  body: string,
  at: string,
): Action {
  return (world) => {
    const number = milestoneIssue(world, id);
    if (number === undefined) {
      console.warn(`(no tracking issue for ${id} yet: "${body.slice(0, 30)}…" skipped)`);
      return world;
    }
    return addComment(world, number, { author, association, body, createdAt: at });
  };
}

function tick(id: string, item: string, at: string): Action {
  return (world) => {
    const number = milestoneIssue(world, id);
    if (number === undefined) return world;
    try {
      return tickItem(world, number, item, at);
    } catch {
      console.warn(`(no unticked "${item}" on #${number})`);
      return world;
    }
  };
}

function fileFeedback(title: string, author: string, body: string, at: string): Action {
  return (world) =>
    addIssue(world, {
      number: nextNumber(world),
      title,
      body,
      author,
      association: 'NONE',
      labels: [engagement.feedback.label],
      createdAt: at,
    });
}

function replyOnFeedback(
  titleStart: string,
  author: string,
  association: 'NONE' | 'MEMBER',
  body: string,
  at: string,
): Action {
  return (world) =>
    addComment(world, feedbackIssue(world, titleStart), { author, association, body, createdAt: at });
}

// Times are UTC; Hanoi is UTC+7. The script: what people did, when.
const script: Array<[string, Action]> = [
  [
    '2026-11-17T03:10:00Z',
    onMilestone(
      'brand-assets',
      'lan-bepxanh',
      'NONE',
      'Chào anh Quang, bên em đã nhận danh sách. Logo và brand guidelines em sẽ gửi trong tuần này ạ.',
      '2026-11-17T03:10:00Z',
    ),
  ],
  [
    '2026-11-18T02:40:00Z',
    fileFeedback(
      'Trang chủ bản demo bị lỗi font tiếng Việt',
      'lan-bepxanh',
      '### Mô tả\n\nTrang chủ bản demo hiển thị sai dấu tiếng Việt (chữ "Cà phê" thành "C? ph?"). Khách hàng của bên chị đang xem thử và phản hồi rất không hài lòng. Cần sửa gấp trong hôm nay!\n\n### Mức độ\n\nKhẩn cấp',
      '2026-11-18T02:40:00Z',
    ),
  ],
  [
    '2026-11-18T09:30:00Z',
    replyOnFeedback(
      'Trang chủ bản demo',
      'quang-songhan',
      'MEMBER',
      'Dạ chào chị Lan, em xin lỗi vì phản hồi chậm. Bên em đã tìm ra nguyên nhân (font chưa có bộ ký tự tiếng Việt) và sẽ thay font, cập nhật bản demo trước 17:00 ngày mai ạ.',
      '2026-11-18T09:30:00Z',
    ),
  ],
  ['2026-11-19T04:00:00Z', tick('brand-assets', 'Logo files', '2026-11-19T04:00:00Z')],
  [
    '2026-11-19T04:05:00Z',
    onMilestone(
      'brand-assets',
      'lan-bepxanh',
      'NONE',
      'Em đã gửi logo (SVG và PNG) qua Google Drive rồi ạ.',
      '2026-11-19T04:05:00Z',
    ),
  ],
  [
    '2026-11-20T07:15:00Z',
    fileFeedback('Không thích lắm', 'minh-bepxanh', 'Không thích lắm.', '2026-11-20T07:15:00Z'),
  ],
  [
    '2026-11-24T03:20:00Z',
    fileFeedback(
      'Thiết kế trang sản phẩm rất đẹp',
      'thu-bepxanh',
      'Thiết kế trang sản phẩm rất đẹp, ảnh to và rõ, cả team bên chị đều thích. Cảm ơn các bạn nhiều!',
      '2026-11-24T03:20:00Z',
    ),
  ],
  ['2026-11-25T02:30:00Z', tick('brand-assets', 'Brand guidelines', '2026-11-25T02:30:00Z')],
  [
    '2026-11-26T08:45:00Z',
    replyOnFeedback(
      'Không thích lắm',
      'minh-bepxanh',
      'NONE',
      'Ý chị là màu xanh ở thanh menu trên cùng hơi đậm, nhìn không giống màu thương hiệu của Bếp Xanh.',
      '2026-11-26T08:45:00Z',
    ),
  ],
  [
    '2026-11-30T04:10:00Z',
    onMilestone(
      'brand-assets',
      'lan-bepxanh',
      'NONE',
      'Xin lỗi anh, ảnh sản phẩm bên em đang chụp lại nên hơi trễ, em sẽ cố gửi trong tuần này ạ.',
      '2026-11-30T04:10:00Z',
    ),
  ],

  // After the last run of 1 Dec: what the demo's morning run of 2 Dec finds new.
  ['2026-12-01T10:30:00Z', tick('brand-assets', 'Product photos', '2026-12-01T10:30:00Z')],
  [
    '2026-12-01T10:35:00Z',
    onMilestone(
      'brand-assets',
      'lan-bepxanh',
      'NONE',
      'Em đã gửi đủ 24 ảnh sản phẩm rồi ạ, còn phần giới thiệu (about-us) em sẽ gửi sáng mai.',
      '2026-12-01T10:35:00Z',
    ),
  ],
  [
    '2026-12-01T11:20:00Z',
    fileFeedback(
      'Nút thanh toán trên điện thoại không bấm được',
      'lan-bepxanh',
      '### Mô tả\n\nTrên iPhone, bấm nút "Thanh toán" ở trang giỏ hàng bản staging không có phản ứng gì. Khách thử nghiệm bên chị không đặt hàng được, cần xử lý gấp trước buổi demo thứ Sáu.\n\n### Mức độ\n\nKhẩn cấp',
      '2026-12-01T11:20:00Z',
    ),
  ],
];

function runTimes(from: string, to: string): string[] {
  const times: string[] = [];
  for (let day = Date.parse(from); day <= Date.parse(to); day += 86_400_000) {
    // 09:00 and 15:00 in Hanoi, every day: the example workflow runs hourly on weekdays, this is enough.
    times.push(new Date(day + 2 * 3_600_000).toISOString(), new Date(day + 8 * 3_600_000).toISOString());
  }
  return times;
}

let world = makeSnapshot({ readAt: '2026-11-16T01:00:00Z' });
let pending = [...script].sort((a, b) => a[0].localeCompare(b[0]));
let runs = 0;
let writes = 0;
for (const at of runTimes('2026-11-16T00:00:00Z', '2026-12-01T00:00:00Z')) {
  while (pending[0] && pending[0][0] <= at) {
    world = pending[0][1](world);
    pending = pending.slice(1);
  }
  const plan = planRun(engagement, { ...world, readAt: at }, new Date(at));
  world = applyPlan(world, plan, at).snapshot;
  runs += 1;
  writes += plan.writes.length;
}
for (const [, action] of pending) world = action(world);
// The recording was made on the evening of 1 Dec; `npm run demo` plans the next morning.
world = { ...world, readAt: '2026-12-01T12:00:00Z' };

const out = path.join(root, 'demo', 'snapshot.json');
writeFileSync(out, `${JSON.stringify(world, null, 2)}\n`);
console.log(
  `Simulated ${runs} runs (${writes} writes) from 16 Nov to 1 Dec 2026: ${world.issues.length} issues, ${world.issues.reduce((n, i) => n + i.comments.length, 0)} comments, ${world.labels.length} labels → demo/snapshot.json`,
);
