/* imagehash.h: FNV-1a over an XImage's pixels, 8 bytes at a time; xpoll and
 * xtap compare screen grabs with it (equal hash: the frame did not change). */
#include <stdint.h>
#include <stddef.h>
#include <X11/Xlib.h>

static uint64_t image_hash(const XImage *img) {
	uint64_t h = 1469598103934665603ULL;
	const uint64_t *p = (const uint64_t *)img->data;
	size_t n = (size_t)img->bytes_per_line * img->height / 8;
	for (size_t i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}
