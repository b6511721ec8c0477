import { z } from 'astro/zod';
import { DAY } from '../vocab/patterns';


const licenceSchema = z.strictObject({
  /** Its short name, as a credit line gives it: "CC BY 4.0". */
  name: z.string().min(2),
  /** The licence's own page (its legal code or deed). */
  url: z.url(),
});

/** Site-wide text, content/data/site.yaml. */
export const siteSchema = z.strictObject({
  title: z.string().min(10),
  /** For the header, where space is short. */
  shortTitle: z.string().min(3).max(30),
  kicker: z.string().min(3),
  /** The standfirst under the title. */
  dek: z.string().min(40),
  /** For search engines and link previews. */
  description: z.string().min(50).max(300),
  byline: z.string().min(3),
  /** First publication. The "last updated" date is the newest entry of corrections.yaml. */
  published: z.string().regex(DAY),
  /** Who publishes the story: whom a re-user credits. */
  publisher: z.string().min(3),
  /** Where readers write, to report an error or ask for permission. CONTACT_EMAIL at build time overrides it. */
  contact: z.email(),
  /** The licence of the text, charts and data, as a re-user must cite it. */
  licence: licenceSchema,
  /** The licence of the code, which is not content. */
  codeLicence: licenceSchema,
});

export type SiteData = z.infer<typeof siteSchema>;
