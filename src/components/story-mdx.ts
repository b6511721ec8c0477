/**
 * The components a story section's MDX may use, in one place, and the
 * sections rendered with them: the story page and the handout render the
 * same MDX the same way. Its contract (where it may be used, its attributes)
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

export const STORY_MDX_COMPONENTS = { Aside, Cite, Figure, GuessResult, GuessSlider, Quote, Scrolly, Stat, Step, Term } satisfies Record<StoryComponentName, unknown>;

/** Every section with its rendered MDX, in story order. */
export async function renderChapters(story: Story) {
  return Promise.all(story.sections.map(async (section: Section) => ({ section, ...(await render(section.entry)) })));
}
