import { z } from 'astro/zod';
import { SLUG } from '../vocab/patterns';

/** One step of a lesson plan: how long, what the class does, which sections it uses. */
const stepSchema = z.strictObject({
  minutes: z.number().int().min(1),
  activity: z.string().min(10),
  /** Section slugs the step uses; the guide links to them. */
  sections: z.array(z.string().regex(SLUG)).default([]),
});

const planSchema = z
  .strictObject({
    /**
     * The plan's permanent id (lowercase words joined by hyphens): its
     * presenter deck lives at /present/?plan=<id>, a link a teacher may
     * bookmark, so never change a published one. Unique among the plans.
     */
    id: z.string().regex(SLUG, 'must be lowercase words joined by hyphens, e.g. "one-lesson"'),
    /** Length of the plan; its steps must add up to it. */
    minutes: z.number().int().min(10),
    title: z.string().min(5),
    steps: z.array(stepSchema).min(2),
  })
  .refine((p) => p.steps.reduce((sum, s) => sum + s.minutes, 0) === p.minutes, {
    message: "the steps' minutes must add up to the plan's minutes",
    path: ['minutes'],
  });

/** A point in the debate, backed by evidence: statistic ids or source ids. */
const pointSchema = z.strictObject({
  point: z.string().min(10),
  evidence: z.array(z.string()).min(1),
});

/** Front matter of the teachers' guide, content/teach/guide.mdx. */
export const teachSchema = z.strictObject({
  title: z.string().min(5),
  summary: z.string().min(30),
  audience: z.strictObject({ ages: z.string().min(2), subjects: z.array(z.string().min(2)).min(1) }),
  objectives: z.array(z.string().min(10)).min(2),
  plans: z.array(planSchema).min(2),
  debate: z.strictObject({
    prompt: z.string().min(10),
    sides: z.array(z.strictObject({ side: z.string().min(2), points: z.array(pointSchema).min(2) })).length(2),
  }),
});

export type TeachData = z.infer<typeof teachSchema>;
