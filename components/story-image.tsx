import Image from "next/image";
import { focalPointOf, objectPosition } from "@/lib/focal-point";
import { paths } from "@/lib/paths";

type Props = {
  image: {
    imagePath: string | null;
    imageAlt: string | null;
    imageWidth: number | null;
    imageHeight: number | null;
    imageFocusX?: number | null;
    imageFocusY?: number | null;
  };
  sizes: string;
  /** The page's largest image: loaded at once, preloaded and fetched first. */
  priority?: boolean;
  className?: string;
};

export function StoryImage({ image, sizes, priority = false, className }: Props) {
  if (!image.imagePath) return null;
  // The 16:9 crop keeps the library's focal point in view (lib/focal-point.ts).
  const position = objectPosition(focalPointOf(image.imageFocusX, image.imageFocusY), {
    width: image.imageWidth ?? undefined,
    height: image.imageHeight ?? undefined,
  });
  return (
    <Image
      src={paths.media(image.imagePath)}
      alt={image.imageAlt ?? ""}
      width={image.imageWidth ?? 1200}
      height={image.imageHeight ?? 675}
      sizes={sizes}
      preload={priority}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      className={className ?? "aspect-video h-auto w-full rounded object-cover"}
      style={position ? { objectPosition: position } : undefined}
    />
  );
}
