/**
 * The components a story section's MDX may use, in one place, and the
 * sections rendered with them: the story page and the handout render the
 * same MDX the same way. Adding one here means adding its name to
 * STORY_COMPONENTS in src/lib/mdx-scan.ts, which the content check allows.
 */
import { render } from 'astro:content';
import type { Section, Story } from '../server/story';
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

export const STORY_MDX_COMPONENTS = { Aside, Cite, Figure, GuessResult, GuessSlider, Quote, Scrolly, Stat, Step, Term };

/** Every section with its rendered MDX, in story order. */
export async function renderChapters(story: Story) {
  return Promise.all(story.sections.map(async (section: Section) => ({ section, ...(await render(section.entry)) })));
}
