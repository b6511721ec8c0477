/**
 * Inside an embed that another page frames. The page that frames it hears
 * how tall the content is whenever that changes (a new width reflows the
 * text, a table opens, fonts arrive), so the host's /embed.js can size the
 * iframe with no inner scrollbar. The height is no secret, so it goes to any
 * parent ('*'); the host checks that it comes from the frame it belongs to.
 * When the host's script arrives after this one has reported, it asks again
 * (PING_MESSAGE) and gets the answer at its own origin. Links to other pages
 * open in a new tab: the site's other pages refuse to be framed, so followed
 * inside the frame they would show an error. Nothing happens when the page
 * is not framed.
 */
import { HEIGHT_MESSAGE, PING_MESSAGE, type HeightMessage } from '../lib/embed';

const root = document.querySelector<HTMLElement>('[data-embed]');

if (root && window.parent !== window) {
  const scene = root.dataset.embed ?? '';
  let last = -1;
  const height = () => Math.ceil(root.getBoundingClientRect().height);
  const post = (target: Window, origin: string) => {
    last = height();
    const message: HeightMessage = { type: HEIGHT_MESSAGE, scene, height: last };
    target.postMessage(message, origin);
  };
  new ResizeObserver(() => {
    if (height() !== last) post(window.parent, '*');
  }).observe(root);
  addEventListener('click', (e) => {
    const link = (e.target as Element).closest?.('a[href]') as HTMLAnchorElement | null;
    const url = link && new URL(link.href, location.href);
    const samePage = url && url.origin === location.origin && url.pathname === location.pathname && url.hash;
    if (link && !link.target && !samePage) {
      link.target = '_blank';
      link.rel = 'noopener';
    }
  });
  addEventListener('message', (e) => {
    if (e.source === window.parent && (e.data as { type?: unknown } | null)?.type === PING_MESSAGE) post(window.parent, e.origin);
  });
}
