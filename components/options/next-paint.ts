/** Lets the browser paint (a progress message) before a long synchronous step such as parsing. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
