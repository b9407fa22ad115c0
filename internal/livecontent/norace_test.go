//go:build !race

package livecontent

const slow = 1
