//go:build race

package livecontent

// The race detector makes copying and decoding the exhibit's pictures
// several times slower; the tests' deadlines stretch by this much.
const slow = 6
