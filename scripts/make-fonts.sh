#!/bin/sh
# Puts the Gujarati font in public/fonts: the Gujarati subset of Noto Sans
# Gujarati as fontsource ships it, plus its digits and ASCII punctuation cut
# from the Latin subset (the Gujarati one has none, so numbers on /gu fell back
# to another font). Needs fontTools with brotli (Debian: python3-fonttools
# python3-brotli). Bump the version in the names with the package.
set -e
src=node_modules/@fontsource-variable/noto-sans-gujarati/files
out=public/fonts
version=5.3.0
mkdir -p "$out"
cp "$src/noto-sans-gujarati-gujarati-wght-normal.woff2" "$out/noto-sans-gujarati-$version.woff2"
/usr/bin/python3 -m fontTools.subset "$src/noto-sans-gujarati-latin-wght-normal.woff2" \
  --unicodes=U+0020-0040 --layout-features='*' --flavor=woff2 \
  --output-file="$out/noto-sans-gujarati-digits-$version.woff2"
