/**
 * The components content may use in MDX, and the contract of each: where it
 * may appear, which attributes it needs, and what each attribute must name.
 * One table: the content check enforces it (src/lib/content-check.ts) and the
 * pages render exactly these (src/components/story-mdx.ts is type-checked
 * against STORY_COMPONENTS), so a component cannot be allowed and missing, or
 * rendered and unchecked.
 */

/** What an attribute's value must be. */
export type AttrKind =
  | 'statistic' // an id in statistics.yaml
  | 'source' // an id in sources.yaml
  | 'term' // an id in glossary.yaml
  | 'scene' // a scene in src/scenes/registry.ts
  | 'state' // a state of the enclosing scene
  | 'format' // one of STAT_FORMATS
  | 'text'; // words a reader sees: checked for {{tokens}} and typed figures

export interface AttrContract {
  kind: AttrKind;
  /** Absent means optional. */
  required?: true;
  /** What it is for, as the error for a missing one says it. */
  what: string;
}

export interface ComponentContract {
  /** Where it may be used: a story section, or the guide and method pages too. */
  in: readonly ('story' | 'guide')[];
  attrs: Readonly<Record<string, AttrContract>>;
  /** Its children are someone's words, quoted: not checked for typed figures. */
  verbatim?: true;
}

/** What every drawn scene needs, whether scrolled (<Scrolly>) or still (<Figure>). */
const SCENE_ATTRS = {
  scene: { kind: 'scene', required: true, what: 'which scene to draw' },
  title: { kind: 'text', required: true, what: 'a short title for the figure' },
  alt: { kind: 'text', required: true, what: 'a text alternative describing what the figure shows' },
} as const satisfies Record<string, AttrContract>;

export const MDX_COMPONENTS = {
  Stat: {
    in: ['story', 'guide'],
    attrs: { id: { kind: 'statistic', required: true, what: 'the statistic to show' }, format: { kind: 'format', what: 'how to write it' } },
  },
  Cite: { in: ['story', 'guide'], attrs: { source: { kind: 'source', required: true, what: 'the source to cite' } } },
  Quote: {
    in: ['story'],
    attrs: { source: { kind: 'source', required: true, what: 'the source to cite' }, by: { kind: 'text', required: true, what: 'who said it' } },
    verbatim: true,
  },
  Term: { in: ['story', 'guide'], attrs: { id: { kind: 'term', required: true, what: 'the glossary term' } } },
  Aside: { in: ['story', 'guide'], attrs: { label: { kind: 'text', what: 'a short heading' } } },
  // A scene with steps beside it, or a still figure: the same attributes.
  Scrolly: { in: ['story'], attrs: SCENE_ATTRS },
  Figure: { in: ['story'], attrs: SCENE_ATTRS },
  Step: { in: ['story'], attrs: { state: { kind: 'state', required: true, what: 'the scene state this step shows' } } },
  GuessSlider: {
    in: ['story'],
    attrs: {
      stat: { kind: 'statistic', required: true, what: 'the statistic the reader guesses' },
      scene: { kind: 'scene', required: true, what: 'the scene that shows the guess' },
      label: { kind: 'text', required: true, what: 'the question, in words' },
    },
  },
  GuessResult: { in: ['story'], attrs: { stat: { kind: 'statistic', required: true, what: 'the statistic the reader guessed' } } },
} as const satisfies Record<string, ComponentContract>;

export type ComponentName = keyof typeof MDX_COMPONENTS;

const named = (where: 'story' | 'guide') =>
  (Object.keys(MDX_COMPONENTS) as ComponentName[]).filter((n) => (MDX_COMPONENTS[n].in as readonly string[]).includes(where));

/** Components a story section may use. */
export const STORY_COMPONENTS = named('story');
export type StoryComponentName = (typeof STORY_COMPONENTS)[number];
/** Components the teachers' guide and the method page may use. */
export const GUIDE_COMPONENTS = named('guide');
