/**
 * Speaks the article's units one utterance each, through the Web Speech API. Pausing cancels the
 * utterance and playing speaks the current sentence again from its start: `pause()`/`resume()`
 * are unreliable across browsers and voices, and a sentence is short enough to hear again.
 */
import type { SpeechUnit } from './units.js';

export interface ReadingOptions {
  voice: SpeechSynthesisVoice | null;
  rate: number;
  /** Say who is speaking before a quotation ("Mike Pompeo: …"). */
  announceSpeakers: boolean;
  /** The words put before a quotation, given its speaker. */
  announcement: (speaker: string) => string;
  lang: string | null;
}

export interface ReadingEvents {
  /** The sentence being read (or about to be, when paused) changed. */
  onUnit: (index: number) => void;
  /** Playing or paused changed. */
  onState: () => void;
}

export class Reading {
  index = 0;
  playing = false;
  /** Bumped for every utterance: events of an utterance that was cancelled are ignored. */
  private token = 0;

  constructor(
    private readonly synth: SpeechSynthesis,
    readonly units: readonly SpeechUnit[],
    readonly options: ReadingOptions,
    private readonly events: ReadingEvents,
  ) {}

  /** What is said for a unit, with its speaker first when asked to. */
  spokenText(unit: SpeechUnit): string {
    const { announceSpeakers, announcement } = this.options;
    return announceSpeakers && unit.speaker
      ? `${announcement(unit.speaker)} ${unit.text}`
      : unit.text;
  }

  play(): void {
    if (!this.units.length) return;
    if (this.index >= this.units.length) this.index = 0;
    this.playing = true;
    this.events.onState();
    this.speak();
  }

  pause(): void {
    this.playing = false;
    this.silence();
    this.events.onState();
  }

  toggle(): void {
    if (this.playing) this.pause();
    else this.play();
  }

  /** Moves to a unit; reads on from there when playing. */
  go(index: number): void {
    this.index = Math.max(0, Math.min(this.units.length - 1, index));
    if (this.playing) this.speak();
    else this.events.onUnit(this.index);
  }

  /** The voice, speed or announcing changed: the current sentence is read again with it. */
  restart(): void {
    if (this.playing) this.speak();
  }

  stop(): void {
    this.playing = false;
    this.silence();
  }

  private silence(): void {
    this.token++;
    this.synth.cancel();
  }

  private speak(): void {
    this.silence();
    const token = this.token;
    const unit = this.units[this.index]!;
    const utterance = new SpeechSynthesisUtterance(this.spokenText(unit));
    const { voice, rate, lang } = this.options;
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang || lang || '';
    utterance.rate = rate;
    utterance.addEventListener('end', () => {
      if (token !== this.token) return;
      if (this.index + 1 < this.units.length) {
        this.index++;
        this.speak();
        return;
      }
      this.index = 0;
      this.playing = false;
      this.events.onUnit(this.index);
      this.events.onState();
    });
    utterance.addEventListener('error', (event) => {
      if (token !== this.token) return;
      const error = (event as SpeechSynthesisErrorEvent).error;
      if (error === 'interrupted' || error === 'canceled') return;
      this.playing = false;
      this.events.onState();
    });
    this.events.onUnit(this.index);
    // A synthesiser left paused (by another page, or a voice that paused itself) speaks nothing.
    if (this.synth.paused) this.synth.resume();
    this.synth.speak(utterance);
  }
}

/** The voices on offer, waiting briefly for them: Chromium announces its list late. */
export function voicesOf(synth: SpeechSynthesis, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', changed);
      resolve(synth.getVoices());
    };
    const changed = (): void => {
      if (synth.getVoices().length) done();
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', changed);
  });
}

/** The article's language first, the browser's default voice first within it. */
export function orderVoices(
  voices: readonly SpeechSynthesisVoice[],
  lang: string | null,
): SpeechSynthesisVoice[] {
  const base = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const rank = (v: SpeechSynthesisVoice): number =>
    (base && v.lang.toLowerCase().split(/[-_]/)[0] === base ? 0 : 2) + (v.default ? 0 : 1);
  return [...voices].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
