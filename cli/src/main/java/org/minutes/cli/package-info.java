/**
 * The {@code minutes} command line: {@code convert}, {@code check} and {@code fmt}, built with picocli. Exit codes
 * are in {@link org.minutes.cli.ExitCode}; every error is one line naming the file, without a stack
 * trace unless {@code --debug} is given.
 */
package org.minutes.cli;
