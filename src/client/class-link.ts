/**
 * <class-link>: a student opened a class's assignment link (`…&class=ABC234`)
 * on a site that runs the class service. Before anything is sent, the banner
 * says what goes to the class (the guess and each self-check question's first
 * answer, anonymously) and offers "Don't send my answers". Then the device
 * joins the class (counted, nothing else) and sends each first answer once.
 * What was sent is remembered on the device, so a reload sends nothing again;
 * the service refuses a second answer anyway.
 */
import { parseAssignment } from '../lib/assignment';
import { checkQuestionId, guessQuestionId, showCode } from '../lib/classroom';
import { classServiceHere, deviceId, request } from './class-service';
import { on } from './events';
import { readStored, writeStored } from './storage';

const storeKey = (code: string) => `class-service:class:${code}`;

interface Kept {
  /** The student chose not to send anything to this class. */
  optOut?: boolean;
  /** The notice has been on screen: only then is anything sent. */
  seen?: boolean;
  /** Question ids already sent (or refused as already answered). */
  sent: string[];
}

function readKept(code: string): Kept {
  try {
    const v = JSON.parse(readStored('local', storeKey(code)) ?? '{}') as Partial<Kept>;
    return { optOut: v.optOut === true, seen: v.seen === true, sent: Array.isArray(v.sent) ? v.sent.filter((x) => typeof x === 'string') : [] };
  } catch {
    return { sent: [] };
  }
}

class ClassLink extends HTMLElement {
  connectedCallback(): void {
    const code = parseAssignment(location.search, []).classCode;
    if (!code || !classServiceHere()) return;
    const kept = readKept(code);
    const save = () => writeStored('local', storeKey(code), JSON.stringify(kept));
    const status = this.querySelector<HTMLElement>('[data-class-status]')!;
    const toggle = this.querySelector<HTMLButtonElement>('[data-class-toggle]')!;
    this.querySelector<HTMLElement>('[data-class-code]')!.textContent = showCode(code);
    this.hidden = false;

    const render = () => {
      toggle.textContent = kept.optOut ? 'Send my answers to the class' : 'Don’t send my answers';
      toggle.setAttribute('aria-pressed', String(!!kept.optOut));
      status.textContent = kept.optOut
        ? 'Nothing from this device goes to the class.'
        : 'Your guess and the first answer to each question go to the class, anonymously.';
    };
    const send = async (question: string, value: number) => {
      if (kept.optOut || !kept.seen || kept.sent.includes(question)) return;
      kept.sent.push(question);
      save();
      const r = await request(`/api/classes/${code}/answers`, { method: 'POST', body: { device: deviceId(), question, value } });
      if (r.ok || r.status === 409) return;
      // Not stored (offline, a busy server): let a later answer retry it.
      kept.sent = kept.sent.filter((q) => q !== question);
      save();
      if (r.status === 404) status.textContent = `Class ${showCode(code)} no longer exists: nothing is sent.`;
    };
    const join = () => {
      if (!kept.optOut && kept.seen) void request(`/api/classes/${code}/join`, { method: 'POST', body: { device: deviceId() } });
    };

    render();
    // Join once the student has had the notice on screen: nothing is sent before it is seen.
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      kept.seen = true;
      save();
      join();
    });
    seen.observe(this);
    toggle.addEventListener('click', () => {
      kept.optOut = !kept.optOut;
      save();
      render();
      join();
    });
    on('story:answer', (d) => void send(checkQuestionId(d.slug, d.index), d.choice));
    on('story:guess-revealed', (d) => void send(guessQuestionId(d.stat), d.value));
  }
}

if (!customElements.get('class-link')) customElements.define('class-link', ClassLink);
