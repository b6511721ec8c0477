import { describe, expect, it } from 'vitest';
import { stepLabels } from './step-labels';

const stat = (id: string, format: string) => (format === 'when' ? '2005' : format === 'window' ? 'two years' : `[${id}]`);

const BODY = `Intro with <Stat id="x" />.

<Scrolly scene="other" title="T" alt="A">
<Step state="a">
Not this one.
</Step>
</Scrolly>

<Scrolly scene="reoffending" title="T" alt="Alt text is not a label">

<Step state="guess">
<GuessSlider stat="x" scene="reoffending" label="What share do you think were sentenced again within {{x|window}}?" />
</Step>

<Step state="reveal">
The answer is <Stat id="rate" />.<Cite source="moj" /> Of the people released in <Stat id="rate" format="when" />, that share.

<GuessResult stat="rate" />
</Step>

<Step state="nordic">
On that same measure, Norway had the *lowest* rate: Denmark <Stat id="dk" />, with a <Term id="t">term</Term>
</Step>

<Step state="empty">
<GuessResult stat="rate" />
</Step>

</Scrolly>`;

describe('stepLabels', () => {
  it('labels each step of the scene from its own text, in order', () => {
    expect(stepLabels(BODY, 'reoffending', stat)).toEqual([
      { state: 'guess', label: 'What share do you think were sentenced again within two years?' },
      { state: 'reveal', label: 'The answer is [rate].' },
      { state: 'nordic', label: 'On that same measure, Norway had the lowest rate: Denmark [dk], with a term' },
      { state: 'empty', label: 'empty' },
    ]);
  });

  it('finds nothing for a scene that has no steps here', () => {
    expect(stepLabels(BODY, 'room', stat)).toEqual([]);
  });
});
