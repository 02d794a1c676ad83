import { useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { stepsFor, type Exercise } from '../../../app/shared/exercises';
import type { Settings } from '../../../app/shared/settings';
import { Toggle } from '../controls/Toggle';
import { minutesAndSeconds } from '../format';
import { fill } from '../i18n/fill';
import { useWords } from '../i18n/words';
import { useReducedMotion } from '../use-reduced-motion';
import { Illustration } from './Illustration';
import { KindPhrasePicker } from './KindPhrasePicker';
import { Pacer } from './Pacer';
import { spentMs } from './player-machine';
import { SoundCues } from './sound-cues';
import { SoundSettings } from './SoundSettings';
import { usePlayerClock } from './use-player-clock';

/** The closing chime's longest note, and a little more. */
const CHIME_TAIL_MS = 3_500;

export interface ExerciseResult {
  secondsDone: number;
  endedEarly: boolean;
}

interface ExercisePlayerProps {
  exercise: Exercise;
  totalSeconds: number;
  settings: Settings;
  onSettingsChange: (settings: Settings) => void;
  onFinished: (result: ExerciseResult) => void;
}

/** Controls that use Space or the arrow keys themselves keep them. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [role="slider"]')) return true;
  if (key === ' ' && target.closest('button, summary, [role="switch"], a')) return true;
  return key.startsWith('Arrow') && target.closest('[role="group"], [role="radiogroup"], [role="toolbar"]') !== null;
}

/** Plays any exercise from its data: steps, breath patterns, drawings and cues. */
export function ExercisePlayer({
  exercise,
  totalSeconds,
  settings,
  onSettingsChange,
  onFinished,
}: ExercisePlayerProps) {
  const words = useWords();
  const noHolds = settings.exercises.noHolds;
  const steps = useMemo(() => stepsFor(exercise, totalSeconds, { noHolds }), [exercise, totalSeconds, noHolds]);
  const player = usePlayerClock(steps);
  const { state, totalMs, elapsedMs, position, breath, pause, resume, end, nextStep, previousStep } = player;
  const reducedMotion = useReducedMotion();
  const cues = useRef<SoundCues | null>(null);
  const reported = useRef(false);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const paused = state.status === 'paused';
  const { audio } = settings;
  const chimesOnly = exercise.audio === 'closing-chime-only';
  const hasHolds = exercise.full.some((step) => step.breath?.phases.some((phase) => phase.kind === 'hold'));
  const sound = () => (cues.current ??= new SoundCues());

  useEffect(() => {
    if (state.status !== 'finished' || reported.current) return;
    reported.current = true;
    if (!state.endedEarly && audio.closingChime.on) sound().closingChime(audio.closingChime.volume);
    onFinished({ secondsDone: Math.round(spentMs(state, 0) / 1000), endedEarly: state.endedEarly });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state, onFinished]);

  useEffect(() => {
    if (chimesOnly || state.status !== 'running' || !audio.phaseTone.on || !breath || breath.sequence === 0) return;
    sound().phaseTone(breath.phase.kind === 'in' || breath.phase.kind === 'top-up', audio.phaseTone.volume);
    // A tone belongs to the change of phase (in this step), not to every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [position.index, breath?.sequence]);

  useEffect(() => {
    if (chimesOnly || state.status !== 'running' || !audio.stepChime.on || position.index === 0) return;
    sound().stepChime(audio.stepChime.volume);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [position.index]);

  // The closing chime rings on after this view gives way to the closing word; let it finish.
  useEffect(() => () => void setTimeout(() => cues.current?.close(), CHIME_TAIL_MS), []);

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (ownsKey(event.target, event.key)) return;
    if (event.key === ' ') (paused ? resume : pause)();
    else if (event.key === 'Escape') end();
    else if (event.key === 'ArrowRight') nextStep();
    else if (event.key === 'ArrowLeft') previousStep();
    else return;
    event.preventDefault();
  };

  const { step, index } = position;
  const multiStep = steps.length > 1;
  const cue = paused
    ? words.t('exercises.player.paused')
    : step.breath
      ? breath
        ? words.say(breath.phase.cue)
        : words.t('exercises.player.breatheNaturally')
      : null;
  const remainingSeconds = (totalMs - elapsedMs) / 1000;

  return (
    <main className="exercise" aria-labelledby="exercise-title" onKeyDown={onKeyDown} data-exercise={exercise.id}>
      <header className="exercise-header">
        <h1 id="exercise-title">{words.say(exercise.name)}</h1>
        {multiStep ? (
          <p className="step-count quiet" data-testid="step-count">
            {words.t('exercises.player.stepCount', { step: index + 1, steps: steps.length })}
          </p>
        ) : null}
      </header>

      {/* Screen readers hear each new step and each breath phase, politely; never the timer. */}
      <section className="exercise-step" aria-live="polite" aria-atomic="false">
        <h2 className="step-title" data-testid="step-title">
          {words.say(step.title)}
        </h2>
        {step.illustration ? <Illustration name={step.illustration} mirrored={step.mirrored} /> : null}
        <p className="instruction">{words.say(step.instruction)}</p>
        {cue !== null ? (
          <p className="phase-cue" data-testid="phase-cue">
            {cue}
          </p>
        ) : null}
      </section>

      {/* Keyed by step: phase numbers start again in each step, and a new step must restart the orb. */}
      {step.breath && breath && !reducedMotion ? <Pacer key={index} position={breath} paused={paused} /> : null}
      {step.asksForPhrase ? (
        <KindPhrasePicker
          phrase={settings.exercises.kindPhrase}
          onChange={(kindPhrase) => onSettingsChange({ ...settings, exercises: { ...settings.exercises, kindPhrase } })}
        />
      ) : null}

      {reducedMotion ? (
        <progress
          className="exercise-progress"
          max={totalMs}
          value={elapsedMs}
          aria-label={words.t('exercises.player.timeSpent')}
        />
      ) : null}
      <p className="time-left">
        {multiStep && !step.breath ? (
          <span className="step-left" data-testid="step-left">
            {words.t('exercises.player.stepLeft', { seconds: Math.ceil(position.remainingInStepMs / 1000) })}
            {' · '}
          </span>
        ) : null}
        {fill(words.t('exercises.player.timeLeft'), {
          time: (
            <span role="timer" aria-label={words.t('exercises.player.timeLeftLabel')} data-testid="time-left">
              {minutesAndSeconds(remainingSeconds)}
            </span>
          ),
        })}
      </p>

      <div className="actions">
        <button type="button" className="button primary" onClick={paused ? resume : pause} autoFocus>
          {words.t(paused ? 'exercises.player.resume' : 'exercises.player.pause')}
        </button>
        {multiStep ? (
          <button type="button" className="button" onClick={nextStep}>
            {words.t('exercises.player.skipStep')}
          </button>
        ) : null}
        <button type="button" className="button subtle" onClick={end}>
          {words.t('exercises.player.endEarly')}
        </button>
      </div>
      <p className="shortcuts quiet small">{words.t('exercises.player.shortcuts')}</p>

      <details
        className="exercise-options"
        open={optionsOpen}
        onToggle={(event) => setOptionsOpen(event.currentTarget.open)}
      >
        <summary>{words.t('exercises.player.about')}</summary>
        <p className="small">{words.say(exercise.purpose)}</p>
        {exercise.cautions.length > 0 ? (
          <ul className="cautions small">
            {exercise.cautions.map((caution) => (
              <li key={caution.key}>{words.say(caution)}</li>
            ))}
          </ul>
        ) : null}
        {hasHolds ? (
          <Toggle
            label={words.t('exercises.player.noHolds')}
            checked={noHolds}
            onChange={(on) => onSettingsChange({ ...settings, exercises: { ...settings.exercises, noHolds: on } })}
          />
        ) : null}
        {chimesOnly ? <p className="quiet small">{words.t('exercises.player.silenceChimeOnly')}</p> : null}
        <SoundSettings audio={audio} onChange={(next) => onSettingsChange({ ...settings, audio: next })} />
        {exercise.credit ? <p className="quiet small credit">{words.say(exercise.credit)}</p> : null}
      </details>
    </main>
  );
}
