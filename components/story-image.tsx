import Image from "next/image";
import { paths } from "@/lib/paths";

type Props = {
  image: { imagePath: string | null; imageAlt: string | null; imageWidth: number | null; imageHeight: number | null };
  sizes: string;
  /** The page's largest image: loaded at once, preloaded and fetched first. */
  priority?: boolean;
  className?: string;
};

export function StoryImage({ image, sizes, priority = false, className }: Props) {
  if (!image.imagePath) return null;
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
    />
  );
}
