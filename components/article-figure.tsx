import { StoryImage } from "./story-image";

type Props = {
  image: {
    imagePath: string | null;
    imageAlt: string | null;
    imageWidth: number | null;
    imageHeight: number | null;
    imageCaption: string | null;
    imageFocusX?: number | null;
    imageFocusY?: number | null;
  };
  credit: string;
};

export function ArticleFigure({ image, credit }: Props) {
  if (!image.imagePath) return null;
  return (
    <figure className="my-6">
      <StoryImage image={image} priority sizes="(min-width: 768px) 720px, 100vw" />
      <figcaption className="mt-2 text-sm text-muted">
        {image.imageCaption} <span className="text-xs">{credit}</span>
      </figcaption>
    </figure>
  );
}
