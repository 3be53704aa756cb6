/** The items of a gold-format file that are scored: those that start inside one of the gold file's regions. */
import type { GoldEvent, GoldFile, GoldHeading, GoldMention } from '../../pipeline/gold.js';
import { inRegions } from './values.js';

type Regions = GoldFile['regions'];

export function mentionsOf(file: GoldFile, type: string, regions: Regions): GoldMention[] {
  return (file.mentions ?? []).filter((m) => m.type === type && inRegions(m.start, regions));
}

export function headingsOf(file: GoldFile, regions: Regions): GoldHeading[] {
  return (file.headings ?? []).filter((h) => inRegions(h.start, regions));
}

/** Events are placed by where their trigger starts. */
export function eventsOf(file: GoldFile, regions: Regions): GoldEvent[] {
  return (file.events ?? []).filter((e) => inRegions(e.trigger.start, regions));
}
