package main

import (
	"bytes"
	"image"
	"image/png"
)

// encodePNG writes img as PNG with a fixed encoder setting. Fully opaque
// images are stored as 8-bit RGB, others as 8-bit RGBA; there are no
// ancillary chunks (no time stamp, no gamma), so the bytes depend only on
// the pixels.
func encodePNG(img *image.RGBA) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.DefaultCompression}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
