/**
 * A soft sine tone, synthesized so no audio file ships. The context is created on first use,
 * which is always after a click, so autoplay rules are satisfied.
 */
export class PhaseTone {
  private context: AudioContext | null = null;

  play(rising: boolean): void {
    if (typeof AudioContext === 'undefined') return;
    this.context ??= new AudioContext();
    const context = this.context;
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    const now = context.currentTime;
    oscillator.type = 'sine';
    oscillator.frequency.setValueAtTime(rising ? 432 : 324, now);
    gain.gain.setValueAtTime(0, now);
    gain.gain.linearRampToValueAtTime(0.06, now + 0.08);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.9);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(now);
    oscillator.stop(now + 1);
  }

  close(): void {
    void this.context?.close();
    this.context = null;
  }
}
