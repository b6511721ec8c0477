/**
 * The components a story section's MDX may use, in one place, and the
 * sections rendered with them: the story page and the handout render the
 * same MDX the same way; the presenter deck renders it with its own versions
 * (each <Scrolly> a drawing and its steps as slides, the guess a show of
 * hands), so a slide's text is the step's own MDX, never a copy. Its contract (where it may be used, its attributes)
 * is in src/vocab/components.ts; TypeScript requires exactly the components
 * that table allows in a story, so neither can be added without the other.
 */
import { render } from 'astro:content';
import type { Section, Story } from '../server/story';
import type { StoryComponentName } from '../vocab/components';
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';
import GuessResult from './GuessResult.astro';
import GuessSlider from './GuessSlider.astro';
import Quote from './Quote.astro';
import Scrolly from './Scrolly.astro';
import Stat from './Stat.astro';
import Step from './Step.astro';
import Term from './Term.astro';
import Omitted from './present/Omitted.astro';
import PresentFigure from './present/PresentFigure.astro';
import PresentGuess from './present/PresentGuess.astro';
import PresentScrolly from './present/PresentScrolly.astro';
import PresentStat from './present/PresentStat.astro';
import PresentStep from './present/PresentStep.astro';
import PresentTerm from './present/PresentTerm.astro';

export const STORY_MDX_COMPONENTS = { Aside, Cite, Figure, GuessResult, GuessSlider, Quote, Scrolly, Stat, Step, Term } satisfies Record<StoryComponentName, unknown>;

/**
 * The presenter deck's versions (/present/). Prose outside the slides is
 * dropped by <SlidesOnly>; within a step, an aside or a quotation shows as
 * in the story, footnote marks and the reader's own guess result do not.
 */
export const PRESENT_MDX_COMPONENTS = {
  Aside,
  Cite: Omitted,
  Figure: PresentFigure,
  GuessResult: Omitted,
  GuessSlider: PresentGuess,
  Quote,
  Scrolly: PresentScrolly,
  Stat: PresentStat,
  Step: PresentStep,
  Term: PresentTerm,
} satisfies Record<StoryComponentName, unknown>;

/** Every section with its rendered MDX, in story order. */
export async function renderChapters(story: Story) {
  return Promise.all(story.sections.map(async (section: Section) => ({ section, ...(await render(section.entry)) })));
}
