/*
 * xtap: send one key press or click through XTest and print when it was sent;
 * optionally wait for the screen to change and settle.
 *
 *   xtap [-w STABLE_MS] [-t TIMEOUT_MS] [-i INTERVAL_MS] key KEYSYM   e.g. xtap key space
 *   xtap [-w STABLE_MS] [-t TIMEOUT_MS] [-i INTERVAL_MS] click X Y    left button at X,Y
 *
 * Prints "sent_unix_ns N": the wall time right after the X server has the
 * press (of a key) or the release (of a click: a tap acts on release), so a
 * latency measured from it starts at the event, not at a program's start-up
 * (xdotool takes 100+ ms to start on a loaded machine).
 * With -w it then grabs the root window (XShm) every INTERVAL_MS (-i, default
 * 5) and prints
 * "changed_ms" (the screen first differs from just before the event) and
 * "complete_ms" (the picture that then stays unchanged for STABLE_MS first
 * appeared), both after the event; -1 if nothing changed within TIMEOUT_MS
 * (default 5000).
 * Build: gcc -O2 -o xtap xtap.c -lX11 -lXext -l:libXtst.so.6 (the XTest
 * prototypes are declared here: libxtst-dev is not needed).
 */
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/keysym.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <time.h>
#include <unistd.h>

#include "imagehash.h"

extern int XTestFakeKeyEvent(Display *, unsigned int, Bool, unsigned long);
extern int XTestFakeButtonEvent(Display *, unsigned int, Bool, unsigned long);
extern int XTestFakeMotionEvent(Display *, int, int, int, unsigned long);

static long long now_ns(void) {
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

static Display *d;
static XImage *img;
static XShmSegmentInfo shminfo;

static int shm_setup(void) {
	int scr = DefaultScreen(d);
	if (!XShmQueryExtension(d)) return 0;
	img = XShmCreateImage(d, DefaultVisual(d, scr), DefaultDepth(d, scr), ZPixmap, NULL, &shminfo,
		DisplayWidth(d, scr), DisplayHeight(d, scr));
	if (!img) return 0;
	shminfo.shmid = shmget(IPC_PRIVATE, img->bytes_per_line * img->height, IPC_CREAT | 0600);
	if (shminfo.shmid < 0) return 0;
	shminfo.shmaddr = img->data = shmat(shminfo.shmid, 0, 0);
	shminfo.readOnly = False;
	if (!XShmAttach(d, &shminfo)) return 0;
	XSync(d, False);
	shmctl(shminfo.shmid, IPC_RMID, 0);
	return 1;
}

static uint64_t grab(void) {
	XShmGetImage(d, RootWindow(d, DefaultScreen(d)), img, 0, 0, AllPlanes);
	uint64_t h = image_hash(img);
	return h;
}

int main(int argc, char **argv) {
	int stable = -1, timeout = 5000, interval = 5, a = 1;
	while (a + 1 < argc && argv[a][0] == '-') {
		if (!strcmp(argv[a], "-w")) stable = atoi(argv[a + 1]);
		else if (!strcmp(argv[a], "-t")) timeout = atoi(argv[a + 1]);
		else if (!strcmp(argv[a], "-i")) interval = atoi(argv[a + 1]);
		a += 2;
	}
	argc -= a - 1;
	argv += a - 1;
	d = XOpenDisplay(NULL);
	if (!d) {
		fprintf(stderr, "xtap: cannot open display\n");
		return 1;
	}
	if (stable >= 0 && !shm_setup()) {
		fprintf(stderr, "xtap: no XShm on this display\n");
		return 1;
	}
	uint64_t before = stable >= 0 ? grab() : 0;
	long long sent;
	if (argc == 3 && !strcmp(argv[1], "key")) {
		KeySym ks = XStringToKeysym(argv[2]);
		KeyCode kc = ks == NoSymbol ? 0 : XKeysymToKeycode(d, ks);
		if (kc == 0) {
			fprintf(stderr, "xtap: unknown key %s\n", argv[2]);
			return 1;
		}
		XTestFakeKeyEvent(d, kc, True, CurrentTime);
		XSync(d, False);
		sent = now_ns();
		usleep(20000);
		XTestFakeKeyEvent(d, kc, False, CurrentTime);
	} else if (argc == 4 && !strcmp(argv[1], "click")) {
		XTestFakeMotionEvent(d, -1, atoi(argv[2]), atoi(argv[3]), CurrentTime);
		XSync(d, False);
		usleep(50000);
		XTestFakeButtonEvent(d, 1, True, CurrentTime);
		XSync(d, False);
		usleep(20000);
		XTestFakeButtonEvent(d, 1, False, CurrentTime);
		XSync(d, False);
		sent = now_ns(); /* a tap acts on release */
	} else {
		fprintf(stderr, "usage: xtap [-w STABLE_MS] [-t TIMEOUT_MS] [-i INTERVAL_MS] key KEYSYM | click X Y\n");
		return 2;
	}
	XSync(d, False);
	printf("sent_unix_ns %lld\n", sent);
	if (stable >= 0) {
		uint64_t last = before;
		double changed = -1, last_change = -1;
		for (;;) {
			double t = (now_ns() - sent) / 1e6;
			uint64_t h = grab();
			if (h != last) {
				last = h;
				last_change = t;
				if (changed < 0) changed = t;
			}
			if (changed >= 0 && t - last_change >= stable) break;
			if (t > timeout) break;
			usleep(interval * 1000);
		}
		printf("changed_ms %.1f\ncomplete_ms %.1f\n", changed, last_change);
	}
	XCloseDisplay(d);
	return 0;
}
