/*
 * xpoll: start a program and time its first frames on an X server (Xvfb).
 *
 *   xpoll [-i INTERVAL_MS] [-s STABLE_MS] [-t TIMEOUT_MS] [-o LOGFILE] -- PROGRAM ARGS...
 *
 * Grabs the root window (XShm when the server has it, else XGetImage) before
 * starting PROGRAM, then every INTERVAL_MS (default 10) after, and prints
 * when the picture first differs from the one before the start
 * ("first_nonblank_ms") and when the picture that then stays unchanged for
 * STABLE_MS (default 1000) first appeared ("complete_ms"): the first painted
 * frame of the finished screen. Times are milliseconds after fork(), from
 * CLOCK_MONOTONIC. PROGRAM runs in a session of its own (setsid) and keeps
 * running when xpoll exits; its pid is printed first, so the caller can
 * measure its memory and stop it. Exit status: 0 stable, 2 timeout, 1 error.
 *
 * Why not ImageMagick's `import`: on this machine one `import -window root`
 * takes about 400 ms (most of it ImageMagick's own start-up), longer than
 * the start-up being measured; one grab here takes a few milliseconds.
 * Build: gcc -O2 -o xpoll xpoll.c -lX11 -lXext
 */
#define _GNU_SOURCE
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "imagehash.h"

static double now_ms(void) {
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static Display *dpy;
static Window root;
static int width, height;
static XImage *shm_img;
static XShmSegmentInfo shminfo;

/* grab returns a 64-bit FNV-1a hash of the root window's pixels. */
static uint64_t grab(void) {
	XImage *img = shm_img;
	if (shm_img) {
		if (!XShmGetImage(dpy, root, shm_img, 0, 0, AllPlanes)) {
			fprintf(stderr, "xpoll: XShmGetImage failed\n");
			exit(1);
		}
	} else {
		img = XGetImage(dpy, root, 0, 0, width, height, AllPlanes, ZPixmap);
		if (!img) {
			fprintf(stderr, "xpoll: XGetImage failed\n");
			exit(1);
		}
	}
	uint64_t h = image_hash(img);
	if (!shm_img)
		XDestroyImage(img);
	return h;
}

int main(int argc, char **argv) {
	int interval = 10, stable = 1000, timeout = 30000;
	FILE *log = NULL;
	int i = 1;
	for (; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (i + 1 >= argc) break;
		if (!strcmp(argv[i], "-i")) interval = atoi(argv[++i]);
		else if (!strcmp(argv[i], "-s")) stable = atoi(argv[++i]);
		else if (!strcmp(argv[i], "-t")) timeout = atoi(argv[++i]);
		else if (!strcmp(argv[i], "-o")) log = fopen(argv[++i], "w");
	}
	if (i >= argc - 1) {
		fprintf(stderr, "usage: xpoll [-i MS] [-s MS] [-t MS] [-o LOG] -- PROGRAM ARGS...\n");
		return 1;
	}
	char **cmd = argv + i + 1;
	dpy = XOpenDisplay(NULL);
	if (!dpy) {
		fprintf(stderr, "xpoll: cannot open display %s\n", getenv("DISPLAY") ? getenv("DISPLAY") : "");
		return 1;
	}
	int scr = DefaultScreen(dpy);
	root = RootWindow(dpy, scr);
	width = DisplayWidth(dpy, scr);
	height = DisplayHeight(dpy, scr);
	if (XShmQueryExtension(dpy)) {
		shm_img = XShmCreateImage(dpy, DefaultVisual(dpy, scr), DefaultDepth(dpy, scr), ZPixmap, NULL, &shminfo, width, height);
		if (shm_img) {
			shminfo.shmid = shmget(IPC_PRIVATE, shm_img->bytes_per_line * shm_img->height, IPC_CREAT | 0600);
			shminfo.shmaddr = shm_img->data = shmat(shminfo.shmid, 0, 0);
			shminfo.readOnly = False;
			if (shminfo.shmid < 0 || !XShmAttach(dpy, &shminfo)) {
				shm_img = NULL;
			} else {
				XSync(dpy, False);
				shmctl(shminfo.shmid, IPC_RMID, 0); /* freed when we exit */
			}
		}
	}
	double g0 = now_ms();
	uint64_t blank = grab();
	double grab_ms = now_ms() - g0;

	fflush(stdout);
	double t0 = now_ms();
	pid_t pid = fork();
	if (pid < 0) {
		perror("xpoll: fork");
		return 1;
	}
	if (pid == 0) {
		setsid();
		execvp(cmd[0], cmd);
		perror("xpoll: exec");
		_exit(127);
	}
	printf("pid %d\n", (int)pid);
	printf("grab_ms %.1f (%s)\n", grab_ms, shm_img ? "XShm" : "XGetImage");
	fflush(stdout);

	uint64_t last = blank;
	double first_nonblank = -1, last_change = -1;
	int frames = 0;
	for (;;) {
		double t = now_ms() - t0;
		uint64_t h = grab();
		if (h != last) {
			frames++;
			last = h;
			last_change = t;
			if (first_nonblank < 0 && h != blank)
				first_nonblank = t;
			if (log) fprintf(log, "%.1f %016llx\n", t, (unsigned long long)h);
		}
		if (first_nonblank >= 0 && last != blank && t - last_change >= stable) {
			printf("first_nonblank_ms %.1f\ncomplete_ms %.1f\nchanges %d\n", first_nonblank, last_change, frames);
			return 0;
		}
		if (t > timeout) {
			printf("first_nonblank_ms %.1f\ncomplete_ms -1\nchanges %d\ntimeout\n", first_nonblank, frames);
			return 2;
		}
		usleep(interval * 1000);
	}
}
