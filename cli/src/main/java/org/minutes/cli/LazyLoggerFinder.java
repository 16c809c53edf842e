package org.minutes.cli;

import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The {@code minutes} command's {@link System.LoggerFinder} (a service of the jar): loggers that start
 * {@code java.util.logging} only when they have a message to log (issue 12 point 3). SnakeYAML asks for a
 * {@link System.Logger} when it reads front matter and then logs nothing; the JDK's own finder answers with a
 * {@code java.util.logging} logger, whose set-up (the log manager, its configuration, its shutdown hook; 24 classes)
 * took about 4 ms of a one-file {@code convert} on JDK 17 (interleaved runs, CPU and wall medians; none measurable on
 * JDK 25, whose AOT cache holds those classes). A message is logged as the JDK's finder logs it, through a {@code java.util.logging} logger of
 * the same name, at the levels the default configuration shows (INFO and above), all levels when the user configures
 * {@code java.util.logging} (its {@code java.util.logging.config.file} or {@code .config.class} property).
 */
public final class LazyLoggerFinder extends System.LoggerFinder {

    /** Creates the finder (the service loader does). */
    public LazyLoggerFinder() {
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new Lazy(name);
    }

    /** A logger that gets its {@code java.util.logging} logger when it first logs. */
    private static final class Lazy implements System.Logger {

        private final String name;

        Lazy(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(System.Logger.Level level) {
            if (System.getProperty("java.util.logging.config.file") != null
                    || System.getProperty("java.util.logging.config.class") != null) {
                return Logger.getLogger(name).isLoggable(julLevel(level));
            }
            return level != System.Logger.Level.OFF && level.getSeverity() >= System.Logger.Level.INFO.getSeverity();
        }

        @Override
        public void log(System.Logger.Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (isLoggable(level)) {
                Logger.getLogger(name).logrb(julLevel(level), name, null, bundle, message, thrown);
            }
        }

        @Override
        public void log(System.Logger.Level level, ResourceBundle bundle, String format, Object... params) {
            if (isLoggable(level)) {
                Logger.getLogger(name).logrb(julLevel(level), name, null, bundle, format, params);
            }
        }

        @Override
        public void log(System.Logger.Level level, Supplier<String> message) {
            if (isLoggable(level)) {
                Logger.getLogger(name).logp(julLevel(level), name, null, message);
            }
        }

        /** {@return the {@code java.util.logging} level the JDK's own finder maps {@code level} to} */
        private static java.util.logging.Level julLevel(System.Logger.Level level) {
            return switch (level) {
                case ALL -> java.util.logging.Level.ALL;
                case TRACE -> java.util.logging.Level.FINER;
                case DEBUG -> java.util.logging.Level.FINE;
                case INFO -> java.util.logging.Level.INFO;
                case WARNING -> java.util.logging.Level.WARNING;
                case ERROR -> java.util.logging.Level.SEVERE;
                case OFF -> java.util.logging.Level.OFF;
            };
        }
    }
}
