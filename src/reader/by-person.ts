/**
 * Wraps a handler so that only a person's input runs it. The reader's shadow root is open, so a
 * page script can reach its controls and call click(): such events are not trusted, and must
 * never act for the person (speak, save a file, print, change settings).
 */
export function byPerson<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
