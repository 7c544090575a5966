// compare.mjs - runs each "published<TAB>sentence" line of a file through
// chrono-node (its Arabic or English parser) and through `rasd analyze`,
// and prints the sentences where the two disagree, for a human to judge.
//
// Why: chrono-node is an independent date parser with an Arabic locale;
// disagreements point at gaps in data/text/dates.tsv or at chrono's own
// limits (it knows no Levantine month names, for one).  A dev tool only:
// the build never needs it.  Usage:
//   npm install && RASD=../../build/rasd node compare.mjs sentences.tsv
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import * as chrono from 'chrono-node';

const rasd = process.env.RASD || '../../build/rasd';
const file = process.argv[2] || 'sentences.tsv';
const arabic = /[\u0600-\u06FF]/;

function ymd(c) {
  const p = (n) => String(n).padStart(2, '0');
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  return c.isCertain('day') || c.isCertain('weekday')
    ? `${y}-${p(m)}-${p(d)}` : `${y}-${p(m)}`;
}

function chronoDates(text, published) {
  const ref = published ? new Date(`${published}T12:00:00Z`) : new Date(0);
  const parser = arabic.test(text) && chrono.ar ? chrono.ar : chrono.en;
  return parser.parse(text, ref, { forwardDate: false })
    .map((r) => ({ text: r.text, date: published ? ymd(r.start) : null }));
}

function rasdDates(text, published) {
  const args = ['analyze', '-'];
  if (published) args.splice(1, 0, '--published', published);
  const out = execFileSync(rasd, args, { input: text, encoding: 'utf8' });
  const buf = Buffer.from(text, 'utf8');
  const dates = [];
  for (const line of out.split('\n')) {
    if (!line) continue;
    for (const d of JSON.parse(line).dates || []) {
      dates.push({ text: buf.subarray(d.start, d.end).toString('utf8'),
                   date: d.date });
    }
  }
  return dates;
}

let n = 0, differ = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line || line.startsWith('#')) continue;
  const [published, text] = line.split('\t');
  const a = rasdDates(text, published).map((d) => d.date).sort();
  const b = chronoDates(text, published).map((d) => d.date).sort();
  n++;
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    differ++;
    console.log(`${published}\t${text}\n  rasd:   ${JSON.stringify(
      rasdDates(text, published))}\n  chrono: ${JSON.stringify(
      chronoDates(text, published))}`);
  }
}
console.log(`${n} sentences, ${differ} differ`);
