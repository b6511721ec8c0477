/**
 * <class-setup>: creates a class on the class service and shows its code, the
 * students' link (the assignment builder's link with `&class=CODE`; the whole
 * story if no section is ticked) and the teacher's private results link, whose
 * key travels after `#` so it is never sent in an address or a Referer. The
 * teacher's classes are remembered on this device (localStorage).
 */
import { buildAssignmentLink } from '../lib/assignment';
import { showCode } from '../lib/classroom';
import { classPage } from '../lib/urls';
import { request } from './class-service';
import { on } from './events';
import { readStored, writeStored } from './storage';
import { say } from './status-message';

interface Made {
  code: string;
  key: string;
  expiresAt: string;
}

const MINE = 'class-service:teacher-classes';

function readMine(): Made[] {
  try {
    const list = JSON.parse(readStored('local', MINE) ?? '[]') as Made[];
    return Array.isArray(list) ? list.filter((c) => c && typeof c.code === 'string' && typeof c.key === 'string' && new Date(c.expiresAt) > new Date()) : [];
  } catch {
    return [];
  }
}

export const teacherLink = (c: Made): string => new URL(`${classPage(c.code)}#key=${c.key}`, location.href).href;
const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

class ClassSetup extends HTMLElement {
  private link = '';
  private made?: Made;

  connectedCallback(): void {
    const create = this.querySelector<HTMLButtonElement>('[data-create]')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const slugs = (document.querySelector<HTMLElement>('assignment-builder')?.dataset.slugs ?? '').split(',').filter(Boolean);
    this.link = document.querySelector<HTMLTextAreaElement | HTMLInputElement>('#assignment-link')?.value ?? '';
    this.hidden = false;
    this.renderMine();

    on('story:assignment-link', (link) => {
      this.link = link;
      this.renderMade(slugs);
    });
    create.addEventListener('click', async () => {
      create.disabled = true;
      say(status, 'Creating a class…');
      const r = await request<Made>('/api/classes', { method: 'POST', body: {} });
      create.disabled = false;
      if (!r.ok || !r.data) {
        say(status, `Could not create a class: ${r.error ?? 'the service did not answer'}`);
        return;
      }
      this.made = r.data;
      writeStored('local', MINE, JSON.stringify([r.data, ...readMine().filter((c) => c.code !== r.data!.code)]));
      say(status, `Class ${showCode(r.data.code)} created. Copy your private results link now and keep it.`);
      this.renderMade(slugs);
      this.renderMine();
    });
  }

  private renderMade(slugs: string[]): void {
    const c = this.made;
    if (!c) return;
    const box = this.querySelector<HTMLElement>('[data-made]')!;
    const student = this.link
      ? `${this.link}&class=${c.code}`
      : buildAssignmentLink(new URL('/', location.href).href, { sections: slugs, classCode: c.code }, slugs);
    box.hidden = false;
    this.querySelector<HTMLElement>('[data-code]')!.textContent = showCode(c.code);
    this.querySelector<HTMLTextAreaElement>('[data-student]')!.value = student;
    this.querySelector<HTMLTextAreaElement>('[data-teacher]')!.value = teacherLink(c);
    this.querySelector<HTMLAnchorElement>('[data-open]')!.href = teacherLink(c);
    this.querySelector<HTMLElement>('[data-expires]')!.textContent = `(deleted on ${day(c.expiresAt)})`;
  }

  private renderMine(): void {
    const mine = readMine();
    const box = this.querySelector<HTMLElement>('[data-mine]')!;
    box.hidden = !mine.length;
    this.querySelector<HTMLElement>('[data-mine-list]')!.replaceChildren(
      ...mine.map((c) => {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = teacherLink(c);
        a.textContent = `Class ${showCode(c.code)}`;
        li.append(a, ` (until ${day(c.expiresAt)})`);
        return li;
      }),
    );
  }
}

if (!customElements.get('class-setup')) customElements.define('class-setup', ClassSetup);
