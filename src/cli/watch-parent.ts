// Calls `onGone` once the process that started us has died. `npx trackreel preview` runs us under
// npm, which does not forward SIGINT/SIGTERM: when npm is killed we would serve on for ever,
// orphaned. A dead parent shows as a changed process.ppid (we are re-parented to init or a
// subreaper); Node has no event for it, so it is polled (cheap: one getppid a second).
export function watchParent(onGone: () => void, intervalMs = 1000): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) { clearInterval(timer); onGone(); }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
