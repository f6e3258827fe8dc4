/** `sizes` for story images, one per grid they appear in (widths from the layout's max-w-6xl). */
export const cardSizes = {
  lead: "(min-width: 1024px) 440px, (min-width: 768px) 60vw, 100vw",
  listing: "(min-width: 1024px) 270px, (min-width: 640px) 50vw, 100vw",
  half: "(min-width: 1152px) 540px, (min-width: 768px) 50vw, 100vw",
  related: "(min-width: 768px) 370px, (min-width: 640px) 50vw, 100vw",
  third: "(min-width: 1024px) 240px, (min-width: 640px) 33vw, 100vw",
} as const;
