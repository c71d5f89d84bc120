/**
 * Wraps a handler so that only a person's input runs it. The reader's shadow root is open, so a
 * page script can reach its buttons and call click(): such events are not trusted, and must never
 * change the user's synced settings or close the view.
 */
export function byPerson<E extends Event>(action: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) action(event);
  };
}
