import { z } from 'astro/zod';

/** Front matter of the sources-and-method page, content/method/method.mdx. */
export const methodSchema = z.strictObject({
  title: z.string().min(5),
  /** For search engines and link previews; may use {{statistic}} tokens. */
  summary: z.string().min(40).max(300),
});

export type MethodData = z.infer<typeof methodSchema>;
