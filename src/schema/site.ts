import { z } from 'astro/zod';
import { DAY } from '../vocab/patterns';


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
});

export type SiteData = z.infer<typeof siteSchema>;
