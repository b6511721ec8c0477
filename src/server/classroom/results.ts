/**
 * A class's results from its answer counts: what the teacher's dashboard
 * shows and the CSV export holds. Aggregates only: no row for a student.
 */
import { stringify } from 'csv-stringify/sync';
import { GUESS_BINS, binOf, histogram } from '../../lib/classroom';
import type { Catalog } from './catalog';

export interface ClassCounts {
  students: number;
  byValue: { question: string; value: number; correct: boolean | null; n: number }[];
  byDevice: { device: string; question: string }[];
}

export interface Results {
  students: number;
  guess: { question: string; n: number; bins: number[]; actual: number } | null;
  questions: {
    id: string;
    slug: string;
    index: number;
    answered: number;
    right: number;
    /** The most chosen wrong answer (its index), and how many chose it. */
    topWrong: { choice: number; n: number } | null;
  }[];
  /** Devices that answered every self-check question of the section. */
  sections: { slug: string; completed: number }[];
}

export function resultsOf(catalog: Catalog, counts: ClassCounts): Results {
  const rows = (q: string) => counts.byValue.filter((r) => r.question === q);
  const guess = catalog.guess
    ? (() => {
        const gs = rows(catalog.guess.id);
        const bins = Array.from({ length: GUESS_BINS }, () => 0);
        for (const r of gs) bins[binOf(r.value)]! += r.n;
        return { question: catalog.guess.id, n: gs.reduce((s, r) => s + r.n, 0), bins, actual: catalog.guess.actual };
      })()
    : null;
  const questions = [...catalog.questions.values()].flatMap((q) => {
    if (q.kind !== 'check') return [];
    const rs = rows(q.id);
    const wrong = rs.filter((r) => r.correct === false).sort((a, b) => b.n - a.n || a.value - b.value)[0];
    return [{
      id: q.id,
      slug: q.slug,
      index: q.index,
      answered: rs.reduce((s, r) => s + r.n, 0),
      right: rs.filter((r) => r.correct).reduce((s, r) => s + r.n, 0),
      topWrong: wrong ? { choice: wrong.value, n: wrong.n } : null,
    }];
  });
  const answeredBy = new Map<string, Set<string>>();
  for (const { device, question } of counts.byDevice) {
    if (!answeredBy.has(device)) answeredBy.set(device, new Set());
    answeredBy.get(device)!.add(question);
  }
  const sections = catalog.sections.map((s) => ({
    slug: s.slug,
    completed: [...answeredBy.values()].filter((qs) => s.questions.every((q) => qs.has(q))).length,
  }));
  return { students: counts.students, guess, questions, sections };
}

/** The readers' histogram, from counts by value. */
export const readerHistogram = (counts: { value: number; n: number }[]) => {
  const bins = histogram([]);
  for (const r of counts) bins[binOf(r.value)]! += r.n;
  return { n: counts.reduce((s, r) => s + r.n, 0), bins };
};

/** The results as CSV rows: one line per figure, so a spreadsheet can chart any of them. */
export function resultsCsv(r: Results, code: string): string {
  const lines: (string | number)[][] = [['class', 'measure', 'item', 'value']];
  lines.push([code, 'students joined', '', r.students]);
  if (r.guess) {
    lines.push([code, 'guesses', r.guess.question, r.guess.n]);
    lines.push([code, 'measured value (percent)', r.guess.question, r.guess.actual]);
    r.guess.bins.forEach((n, i) => lines.push([code, `guesses ${i * 10}–${i === GUESS_BINS - 1 ? 100 : i * 10 + 9}%`, r.guess!.question, n]));
  }
  for (const q of r.questions) {
    lines.push([code, 'answered', q.id, q.answered]);
    lines.push([code, 'right on the first try', q.id, q.right]);
    if (q.topWrong) lines.push([code, `most chosen wrong answer (choice ${q.topWrong.choice + 1})`, q.id, q.topWrong.n]);
  }
  for (const s of r.sections) lines.push([code, 'completed the self-check', s.slug, s.completed]);
  return stringify(lines);
}
