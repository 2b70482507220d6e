/**
 * `npm run bench:scale`: builds a copy of the handbook whose content is a synthetic corpus
 * of 100, 500 and 1,000 valid entries (every collection, each with citations, references
 * and a body of ordinary length) and reports build time, search index size and peak memory
 * for each, so that growth is visible. Target: linear growth, 1,000 entries within 5 minutes
 * on 2 cores. Figures, not a pass/fail test. `--sizes=100,500` picks the sizes.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FixtureProject } from '../tests/support/fixture-project.ts';

const sizesArg = process.argv.find((arg) => arg.startsWith('--sizes='));
const SIZES = sizesArg ? sizesArg.slice(8).split(',').map(Number) : [100, 500, 1000];
const COLLECTIONS = ['powers', 'procedures', 'checklists', 'cases', 'glossary', 'training'] as const;

const PARAGRAPH = '乡镇人民代表大会依法行使职权，主席团在闭会期间组织代表开展视察、调研和联系选民活动，听取和反映代表和群众对本级人民政府工作的建议、批评和意见。';
const body = (n: number) => `\n## 这一条讲什么\n\n${PARAGRAPH.repeat(3)}\n\n依据见 <Citation law="organic-2022" article={${(n % 90) + 1}} />。\n\n## 怎么做\n\n- ${PARAGRAPH}\n- ${PARAGRAPH}\n\n<LawQuote law="organic-2022" article={14} paragraph={${(n % 4) + 1}} />\n`;
const cite = (n: number) => `{ law: organic-2022, article: ${(n % 90) + 1} }`;

function entry(collection: (typeof COLLECTIONS)[number], index: number, count: number): string {
  const ref = (name: string) => `${name}-${(index + 1) % count}`;
  const common = `summary: 第${index}个合成条目，用来测量手册在内容增多时的构建时间和索引大小。`;
  switch (collection) {
    case 'powers': {
      const order = (index % 14) + 1;
      return `---\ntitle: 合成职权${index}\norder: ${order}\n${common}\ngroup: 监督\nexercised: 会议期间\nactors: [人民代表大会]\nbasis:\n  - { law: organic-2022, article: 12, item: ${order} }\n  - ${cite(index)}\nprocedures: [${ref('procedures')}]\nterms: [${ref('glossary')}]\n---\n${body(index)}`;
    }
    case 'procedures': {
      const step = `  - title: 合成步骤${index}\n    actor: 主席团\n    basis: [${cite(index)}]\n`;
      return `---\ntitle: 合成程序${index}\n${common}\nphase: 会议期间\nactors: [主席团]\nsteps:\n${step}${step}${step}basis: [${cite(index + 1)}]\npowers: [${ref('powers')}]\nrelated: [${ref('procedures')}]\n---\n${body(index)}`;
    }
    case 'checklists': {
      const items = [1, 2, 3, 4].map((n) => `  - { id: item-${n}, text: 合成清单事项${n}, owner: 主席团, basis: [${cite(index + n)}] }`).join('\n');
      return `---\ntitle: 合成清单${index}\n${common}\naudience: [主席团]\ncadence: 每年\nitems:\n${items}\nprocedures: [${ref('procedures')}]\n---\n${body(index)}`;
    }
    case 'cases':
      return `---\ntitle: 合成案例${index}\n${common}\nplace: { province: 甘肃省 }\nperiod: '2016'\nsources:\n  - { title: 合成来源, publisher: 合成出版者, date: '2016-12-01' }\npractices:\n  - { title: 做法, description: ${PARAGRAPH} }\npowers: [${ref('powers')}]\n---\n${body(index)}`;
    case 'glossary':
      return `---\nterm: 合成术语${index}号\ndefinition: 第${index}个合成术语的定义，用一两句话说清楚。\nbasis: [${cite(index)}]\nseeAlso: [${ref('glossary')}]\n---\n${PARAGRAPH}\n`;
    case 'training':
      return `---\ntitle: 合成培训${index}\n${common}\naudience: [代表]\ndurationMinutes: 60\nobjectives: [学员能够说出合成要点]\nagenda:\n  - { minutes: 30, activity: 讲解 }\n  - { minutes: 30, activity: 讨论 }\nquiz:\n  - { question: 合成问题？, options: [甲, 乙], answer: 1, explanation: 合成解释。, basis: [${cite(index)}] }\nmaterials: { powers: [${ref('powers')}] }\n---\n${body(index)}`;
  }
}

// Without the build's .gz/.br copies (for web servers), so figures compare with earlier builds.
const size = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).filter((name) => !/\.(?:gz|br)$/.test(name)).reduce((sum, name) => sum + size(join(path, name)), 0) : statSync(path).size);

/** Resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  let total = 0;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch { /* the process ended */ }
  }
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${current}/status`, 'utf8'));
      total += rss ? Number(rss[1]) * 1024 : 0;
    } catch { /* ended */ }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

console.log('entries  build time   per entry   search index   peak memory');
const results: Array<{ n: number; seconds: number }> = [];
for (const n of SIZES) {
  const per = Math.ceil(n / COLLECTIONS.length);
  const fixture = new FixtureProject();
  for (const collection of [...COLLECTIONS, 'guides']) fixture.remove(`content/${collection}`);
  const files: Record<string, string> = {};
  // The home page links to these guides by name; plain stand-ins keep the corpus synthetic.
  for (const guide of ['start-here', 'new-chair-path', 'annual-calendar', 'changes-2022', 'provinces', 'offline-use']) {
    files[`content/guides/${guide}.mdx`] = `---\ntitle: 合成指南 ${guide}\ndescription: 合成指南。\n---\n\n${PARAGRAPH}\n`;
  }
  for (const collection of COLLECTIONS) for (let index = 0; index < per; index++) files[`content/${collection}/${collection}-${index}.mdx`] = entry(collection, index, per);
  fixture.write(files);

  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: fixture.root, stdio: ['ignore', process.env.SCALE_LOG ? 'inherit' : 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 250);
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    console.error(`build of ${n} entries failed:\n${stderr.slice(-3000)}`);
    fixture.dispose();
    process.exit(1);
  }
  const index = existsSync(join(fixture.root, 'dist/pagefind')) ? size(join(fixture.root, 'dist/pagefind')) : 0;
  console.log(`${String(per * COLLECTIONS.length).padStart(7)}  ${seconds.toFixed(1).padStart(8)} s  ${((seconds / (per * COLLECTIONS.length)) * 1000).toFixed(0).padStart(7)} ms  ${(index / 1024 / 1024).toFixed(1).padStart(10)} MB  ${(peak / 1024 / 1024).toFixed(0).padStart(8)} MB`);
  results.push({ n: per * COLLECTIONS.length, seconds });
  fixture.dispose();
}
if (results.length >= 2) {
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const growth = (last.seconds / first.seconds) / (last.n / first.n);
  console.log(`\ntime grew ${(last.seconds / first.seconds).toFixed(1)}× for ${(last.n / first.n).toFixed(1)}× the entries (ratio ${growth.toFixed(2)}; 1.0 is linear, the fixed cost of a build keeps it below 1 for small sizes)`);
  const thousand = results.find((result) => result.n >= 1000);
  if (thousand) console.log(`1,000 entries: ${thousand.seconds.toFixed(0)} s — ${thousand.seconds <= 300 ? 'within' : 'OVER'} the 5-minute budget`);
}
rmSync(join(process.cwd(), '.build', 'fixtures'), { recursive: true, force: true });
