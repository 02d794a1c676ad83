/**
 * Soft cues synthesized with Web Audio, so no audio file ships. The context is created on first
 * use, which follows a click (Start), so autoplay rules are satisfied. Volumes run 0 to 1 and are
 * scaled to a quiet ceiling: these are meant to be barely there.
 */
const CEILING = 0.12;

export class SoundCues {
  private context: AudioContext | null = null;

  /** A short rising or falling sine at each change of breath. */
  phaseTone(rising: boolean, volume: number): void {
    this.tone([{ frequency: rising ? 432 : 324, at: 0, length: 0.9 }], volume * 0.5);
  }

  /** Two soft notes when a step changes. */
  stepChime(volume: number): void {
    this.tone(
      [
        { frequency: 528, at: 0, length: 0.9 },
        { frequency: 660, at: 0.18, length: 1.1 },
      ],
      volume * 0.6,
    );
  }

  /** A bell-like close: a fundamental with a quiet overtone, long decay. */
  closingChime(volume: number): void {
    this.tone(
      [
        { frequency: 396, at: 0, length: 2.8 },
        { frequency: 792, at: 0, length: 1.6 },
        { frequency: 594, at: 0.35, length: 2.6 },
      ],
      volume,
    );
  }

  close(): void {
    void this.context?.close();
    this.context = null;
  }

  private tone(notes: { frequency: number; at: number; length: number }[], volume: number): void {
    if (volume <= 0 || typeof AudioContext === 'undefined') return;
    this.context ??= new AudioContext();
    const context = this.context;
    const start = context.currentTime;
    for (const note of notes) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      const at = start + note.at;
      oscillator.type = 'sine';
      oscillator.frequency.setValueAtTime(note.frequency, at);
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(CEILING * Math.min(1, volume), at + 0.06);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + note.length);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + note.length + 0.05);
    }
  }
}
