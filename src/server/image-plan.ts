/**
 * What the chart images and social cards say, worked out from the story while
 * the pages are built (src/pages/images/plan.json.ts) and drawn once the
 * build is done (src/integrations/chart-images.ts), when the built pages and
 * their CSS exist. Every word comes from the content, as the pages word it:
 * chart titles, the steps' short labels, the embed's source line, the
 * licence and publisher of site.yaml, the sections' key figures.
 */
import { creditText } from '../lib/embed';
import { formatDay, formatWhen } from '../lib/format';
import { absolute, cardImage, sectionPage } from '../lib/urls';
import { SCENES, type SceneName } from '../scenes/registry';
import { SCENE_CARDS, SCENE_STATS, SCENE_STILLS } from '../scenes/stats';
import { cardStat, type CardData, type Credit } from './card';
import type { Section, Story } from './story';

export interface ChartPlan {
  scene: SceneName;
  title: string;
  /** The section page the chart belongs to (absolute), printed under the image. */
  url: string;
  /** "Source: Statistics Norway (SSB), 2013." as the embed credits the chart. */
  source: string;
  /** Every state of the scene, with its step's short label where the chart has steps. */
  states: Array<{ state: string; step?: string }>;
  /** States drawn alone, unframed, for the still layout (SCENE_STILLS): every state but the last. */
  stills: string[];
}

export interface CardPlan {
  /** The card's file name: a section's slug, or "story". */
  slug: string;
  data: CardData;
  /** The drawing the card shows, in its card state (SCENE_CARDS). */
  drawing?: { scene: SceneName; state: string } | undefined;
  /** The key figure's id: the card's source line credits it first, then the drawing's figures. */
  stat?: string | undefined;
}

export interface ImagePlan {
  site: string;
  licence: string;
  publisher: string;
  charts: ChartPlan[];
  cards: CardPlan[];
  /** Statistics the story asks readers to guess before it shows them: no card may show one. */
  secrets: string[];
  /** Who to credit for each statistic a card may show, and its year. */
  credits: Record<string, Credit>;
}

/** The slug of the whole story's card: cardImage() with no section. */
export const STORY_CARD = cardImage().slice('/cards/'.length, -'.png'.length);


function chartPlan(story: Story, chart: Story['charts'][number], site: URL | string): ChartPlan {
  const { scene, section } = chart;
  const steps = story.stepsOf(scene);
  const sources = [...new Set(SCENE_STATS[scene].map((id) => story.stat(id).source))].map((id) => story.source(id));
  return {
    scene,
    title: chart.title,
    url: absolute(sectionPage(section.data.slug), site),
    source: `${sources.length > 1 ? 'Sources' : 'Source'}: ${creditText(sources)}.`,
    states: SCENES[scene].states.map((state) => {
      const i = steps.findIndex((s) => s.state === state);
      return i < 0 ? { state } : { state, step: `Step ${i + 1} of ${steps.length}: ${steps[i]!.label}` };
    }),
    stills: SCENE_STILLS.has(scene) ? SCENES[scene].states.slice(0, -1) : [],
  };
}

function sectionCard(story: Story, section: Section): CardPlan {
  const base = { site: story.site.shortTitle, kicker: section.data.kicker, title: section.title, licence: story.site.licence.name };
  const chart = story.charts.find((c) => c.section === section);
  const drawing = chart && { scene: chart.scene, state: SCENE_CARDS[chart.scene] };
  // No key figure (it would give the twist away): the summary, which keeps it.
  if (!section.data.keyStat) return { slug: section.data.slug, data: { ...base, footer: section.summary }, drawing };
  const stat = story.stat(section.data.keyStat);
  return { slug: section.data.slug, data: { ...base, stat: cardStat(stat, story.source(stat.source).publisher) }, drawing, stat: stat.id };
}

function storyCard(story: Story): CardPlan {
  const { site } = story;
  const first = story.charts[0];
  return {
    slug: STORY_CARD,
    data: { site: site.shortTitle, kicker: site.kicker, title: site.title, footer: `By ${site.byline} · ${formatDay(site.published)}`, licence: site.licence.name },
    drawing: first && { scene: first.scene, state: SCENE_CARDS[first.scene] },
  };
}

export function imagePlan(story: Story, site: URL | string): ImagePlan {
  const slugs = story.sections.map((s) => s.data.slug);
  if (slugs.includes(STORY_CARD)) throw new Error(`A section's slug "${STORY_CARD}" would share its social card's address with the whole story's.`);
  return {
    site: story.site.shortTitle,
    licence: story.site.licence.name,
    publisher: story.site.publisher,
    charts: story.charts.map((c) => chartPlan(story, c, site)),
    cards: [...story.sections.map((s) => sectionCard(story, s)), storyCard(story)],
    secrets: [...new Set(story.sections.flatMap((s) => s.scan.uses.filter((u) => u.name === 'GuessSlider').map((u) => u.attrs.strings.stat!)))],
    credits: Object.fromEntries([...story.stats.values()].map((s) => [s.id, { publisher: story.source(s.source).publisher, when: formatWhen(s) }])),
  };
}
