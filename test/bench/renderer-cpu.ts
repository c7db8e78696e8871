/**
 * CPU time of the page renderers' main threads, read from Linux's /proc: on a shared machine a
 * task's wall time (what DevTools' TaskDuration sums) grows while the thread waits for a core or
 * for the compositor, its CPU time does not. Only renderers started by this process's browsers
 * count, and not extension processes. NaN where there is no /proc.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The parent pid of every process, from /proc/<pid>/stat (the command may hold spaces and parentheses). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      map.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  return map;
}

/** Milliseconds of CPU the main threads of this process's page renderers have used so far. */
export function rendererMainThreadCpuMs(): number {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const parentOf = parents();
  const mine = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parentOf) {
      if (!mine.has(pid) && mine.has(parent)) {
        mine.add(pid);
        grew = true;
      }
    }
  }
  let ticks = 0;
  for (const pid of mine) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('--type=renderer') || command.includes('--extension-process')) continue;
      // A renderer's main thread is its first thread (tid = pid); utime and stime are fields 14 and 15.
      const stat = readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  // Clock ticks are 10 ms on Linux (USER_HZ = 100).
  return ticks * 10;
}
