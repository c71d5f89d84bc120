/**
 * Runs code in the extension's isolated world of a page, where the content script and the feature
 * scripts run. It has its own globals (its own `speechSynthesis`, `print`), which neither
 * `page.evaluate` nor `addInitScript` reach: CDP lists the world among the page's execution
 * contexts (auxData.type 'isolated', the extension's origin), and evaluates in it by its id.
 */
import type { CDPSession, Page } from 'playwright-core';

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export interface IsolatedWorld {
  evaluate: <T>(expression: string) => Promise<T>;
  detach: () => Promise<void>;
}

/** The world the extension's content script runs in; the reader must be open (script injected). */
export async function isolatedWorld(page: Page, extensionId: string): Promise<IsolatedWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => {
    contexts.push(event.context as ContextDescription);
  });
  // Enabling reports every context that exists already, before it returns.
  await cdp.send('Runtime.enable');
  const worlds = contexts.filter(
    (c) => c.auxData?.type === 'isolated' && c.origin.includes(extensionId),
  );
  const world = worlds[worlds.length - 1];
  if (!world) throw new Error('no isolated world of the extension in this page: open the reader');
  return {
    evaluate: async <T>(expression: string): Promise<T> => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world.id,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(`in the isolated world: ${exceptionDetails.text}`);
      return result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
