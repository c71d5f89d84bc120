/**
 * Test builds only: what became of each trigger, so that the end-to-end tests and benchmarks can
 * say how often the activeTab grant had to be waited for. Store builds record nothing.
 */
declare const __TEST_BUILD__: boolean;

export interface TriggerRecord {
  tabId: number;
  /** Injection attempts: more than 1 means the page refused the first one and the grant was awaited. */
  attempts: number;
  /** From the first attempt to success or failure. */
  ms: number;
  error?: string;
}

const records: TriggerRecord[] = [];

export function recordTrigger(record: TriggerRecord): void {
  if (!__TEST_BUILD__) return;
  records.push(record);
  if (records.length > 1000) records.shift();
}

/** Hands over the records so far and starts afresh. */
export function takeTriggerRecords(): TriggerRecord[] {
  return records.splice(0);
}
