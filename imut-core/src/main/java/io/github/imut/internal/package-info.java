/**
 * Implementation helpers shared by imut's packages. Not API: public only so that other imut packages can use them;
 * anything here may change or disappear in any release.
 */
package io.github.imut.internal;
