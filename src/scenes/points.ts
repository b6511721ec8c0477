/**
 * What each scene says on its own: the one sentence a reader should take from
 * its final state with the text covered up. Every redesign is checked against
 * it (look at the final state's screenshot at 375 and 1280 px: does the
 * picture say this without the prose?). Statistics are {{tokens}}, as in the
 * content, so nothing here is a typed figure. Server-only data, like stats.ts.
 */
import type { SceneName } from './registry';

export const SCENE_POINTS: Record<SceneName, string> = {
  room: 'A bright room with its own shower, a desk and a window onto the forest is a cell in a maximum-security prison.',
  cells: 'Drawn to one scale, Halden’s cell is far larger than a typical US cell, and than an ordinary cell in an older Norwegian prison.',
  officers: 'At Halden an officer’s job is to work among prisoners, and every Norwegian officer first trains for {{krus-training-years}}, paid; a US officer’s training is {{us-training-months}}.',
  sentence: 'Norway’s ordinary maximum is {{norway-max-term}} but the average time in prison is {{norway-average-stay-2022}}, a sliver on the same ruler, and only US life without parole runs off it.',
  rights: 'A prisoner in Norway loses liberty, not citizenship: the vote, public services and a plan for release stay with them, while in the United States {{us-disenfranchised-2024}} could not vote in {{us-disenfranchised-2024|when}} because of a felony conviction.',
  reoffending: 'One group of people gives a different re-offending rate for each thing counted and each length of follow-up, so rates measured differently cannot be compared.',
  rates: 'The United States locks up many times more of its people than Norway does.',
  close: 'People leaving prison come home as your neighbours, so the story ends on a question, not a verdict: whether other countries should copy Norway.',
};
