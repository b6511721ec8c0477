/**
 * A scene drawn on the server, as a page would draw it, in a DOM a unit test
 * can query: the story's data and the scene's <svg>. The test file still
 * mocks 'astro:content' itself (vi.mock is hoisted per file):
 *   vi.mock('astro:content', () => import('../helpers/astro-content-mock'));
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { loadStory, type Story } from '../../src/server/story';

export async function renderScene(component: Parameters<AstroContainer['renderToString']>[0], props: { title: string; alt: string }): Promise<{ story: Story; svg: SVGSVGElement }> {
  const story = await loadStory();
  const document = new Window().document as unknown as Document;
  const container = await AstroContainer.create();
  document.body.innerHTML = await container.renderToString(component, { props });
  return { story, svg: document.querySelector('svg')! };
}
