/**
 * The {@code minutes} command line, built with picocli: {@code convert}, {@code check} and {@code fmt} over notes
 * files; {@code todo}, {@code people}, {@code decisions}, {@code stats} and {@code next} over a folder of notes (the
 * SDK's {@code Archive}). Exit codes are in {@link org.minutes.cli.ExitCode}; every error is one line naming the
 * file, without a stack trace unless {@code --debug} is given.
 */
package org.minutes.cli;
