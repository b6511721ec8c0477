/**
 * Named constants that tune behaviour in the browser. Layout numbers (widths,
 * the trigger line, figure heights) live in CSS custom properties in
 * src/styles/tokens.css and are read from there, so CSS stays their one source.
 */

/** Seconds a scene takes to move between states: long enough to follow, short enough not to wait for (docs/visual.md: 200–700 ms). */
export const TWEEN_SECONDS = 0.6;

/** Seconds for elements leaving a state: exits are quicker so the new state reads first. */
export const EXIT_SECONDS = 0.3;

/** GSAP ease for entries and exits: decelerating, no overshoot. */
export const EASE = 'power2.out';

/** Upper bound on a stagger delay, so a long list of items never holds the reader up. */
export const MAX_DELAY_SECONDS = 0.4;

/**
 * A window resize that changes only the height by less than this share is the
 * mobile address bar showing or hiding; it must not move the trigger line or
 * change a step. (Bars are ~56–120 px on 600–900 px tall phones: < 20 %.)
 */
export const ADDRESS_BAR_MAX_SHARE = 0.2;

/**
 * Pixels the trigger line leans towards the scroll direction when Scrollama
 * reports a crossing: its event can arrive while the step's top is still a
 * sub-pixel short of the line (fractional layout, rounded step heights).
 */
export const CROSSING_BIAS_PX = 1;

/**
 * Scenes within this many screen heights of the viewport are drawn in their
 * state at once: enough that a fast fling never reaches one still showing its
 * final state. The rest are drawn when the browser is idle.
 */
export const NEAR_VIEWPORTS = 1.5;

/**
 * How long a scene waits for GSAP before it changes state without animating:
 * long enough for the library to arrive on an ordinary connection (so the
 * first change animates like the others), short enough that the picture never
 * visibly lags the text when the download is slow, blocked or failed.
 */
export const TWEENER_GRACE_MS = 400;

/**
 * Screens too small for a sticky figure and the step text together: under
 * 360 px wide (the figure would shrink its labels below 12 px) or under
 * 500 px tall (landscape phones, 200–400% zoom: the figure would leave the
 * text a sliver of the screen). There the page reads in the static layout and
 * the engine shows every figure complete. src/styles/scrolly.css uses the same
 * query (a gate checks that the two agree).
 */
export const CRAMPED_QUERY = '(max-width: 359px), (max-height: 499px)';

/** Longest that idle work (drawing far scenes, loading the glossary popover) may wait for an idle moment. */
export const IDLE_TIMEOUT_MS = 1500;

/** localStorage key for the "read without animation" preference. */
export const READING_MODE_KEY = 'reading-mode';

/** sessionStorage key prefix for a reader's guess, so a reload keeps it. */
export const GUESS_KEY_PREFIX = 'guess:';
