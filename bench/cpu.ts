// CPU seconds spent by the importer and by the Neo4j server process, read side by side with the
// wall clock. On a shared machine other engineers' load stretches wall-clock time but not the CPU
// time our two processes burn, so a cost compared across a long run is compared in CPU seconds.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

/** Linux reports utime and stime in clock ticks; USER_HZ is 100 on every platform Node runs on. */
const TICKS_PER_SECOND = 100;

export interface CpuMark {
  wall: number;
  importer: number;
  server: number;
}

/** A reading now: wall seconds, the importer's and the server's CPU seconds (user + system). */
export function cpuMark(serverPid: number): CpuMark {
  const { user, system } = process.cpuUsage();
  return { wall: performance.now() / 1000, importer: (user + system) / 1e6, server: processCpu(serverPid) };
}

/** What was spent between two readings. */
export function cpuSpent(from: CpuMark, to: CpuMark): CpuMark {
  return {
    wall: to.wall - from.wall,
    importer: to.importer - from.importer,
    server: to.server - from.server,
  };
}

/** The one-minute load average, printed beside each measurement so a reader can judge its conditions. */
export function load(): number {
  return loadavg()[0] ?? 0;
}

/** utime + stime of a process from /proc/<pid>/stat (fields 14 and 15, counted after the name). */
function processCpu(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // the name (field 2) is in parentheses and may hold spaces, so fields are counted after its `)`
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}
