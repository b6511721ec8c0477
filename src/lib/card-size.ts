/**
 * Size of the social cards: 1200 × 630 is the 1.91:1 image Facebook,
 * LinkedIn, Slack and X all show full width without cropping.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
