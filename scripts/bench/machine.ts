/** The machine a bench ran on, and how busy it was. */
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the bench started and ended (other work on the machine). */
  loadStart: number[];
  loadEnd?: number[];
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadStart: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export function describeMachine(m: Machine): string {
  const load = (l?: number[]) => (l ? l.join(' / ') : '?');
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, Node ${m.node} (${m.platform}); load avg 1/5/15 min: ${load(m.loadStart)} at start, ${load(m.loadEnd)} at end`;
}
