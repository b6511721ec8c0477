/**
 * The questions the service accepts answers to, read from the content: each
 * section's self-check questions (and which choice is right) and the guess.
 * An answer to anything not here is refused, so the database holds only
 * answers the site itself asked.
 */
import { checkQuestionId, guessQuestionId } from '../../lib/classroom';
import { loadStory, type Story } from '../story';

export interface CheckQuestion {
  kind: 'check';
  id: string;
  slug: string;
  index: number;
  choices: number;
  correct: number;
}
export interface GuessQuestion {
  kind: 'guess';
  id: string;
  stat: string;
  /** The measured value the guess is compared with, in percent. */
  actual: number;
}
export type Question = CheckQuestion | GuessQuestion;

export interface Catalog {
  questions: Map<string, Question>;
  /** Self-check questions per section, in story order: what completing a section means. */
  sections: { slug: string; title: string; questions: string[] }[];
  guess?: GuessQuestion;
}

export function catalogOf(story: Pick<Story, 'sections' | 'stats'>): Catalog {
  const questions = new Map<string, Question>();
  const sections: Catalog['sections'] = [];
  let guess: GuessQuestion | undefined;
  for (const section of story.sections) {
    const slug = section.data.slug;
    const ids = section.data.selfCheck.map((q, index) => {
      const id = checkQuestionId(slug, index);
      questions.set(id, { kind: 'check', id, slug, index, choices: q.choices.length, correct: q.choices.findIndex((c) => c.correct) });
      return id;
    });
    sections.push({ slug, title: section.title, questions: ids });
    for (const use of section.scan.uses) {
      const stat = use.name === 'GuessSlider' ? use.attrs.strings.stat : undefined;
      const value = stat ? story.stats.get(stat)?.value : undefined;
      if (!stat || typeof value !== 'number') continue;
      guess = { kind: 'guess', id: guessQuestionId(stat), stat, actual: value };
      questions.set(guess.id, guess);
    }
  }
  return { questions, sections, guess };
}

let cached: Promise<Catalog> | undefined;
export const catalog = (): Promise<Catalog> => (cached ??= loadStory().then(catalogOf));
