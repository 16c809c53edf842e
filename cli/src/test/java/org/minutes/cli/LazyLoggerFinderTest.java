package org.minutes.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

/**
 * Issue 12 point 3: the command's loggers ({@link LazyLoggerFinder}) log what the JDK's default configuration shows,
 * through {@code java.util.logging} loggers of the same name.
 */
class LazyLoggerFinderTest {

    private final System.Logger logger = new LazyLoggerFinder().getLogger("org.minutes.cli.test", getClass().getModule());

    @Test
    void theDefaultConfigurationsLevelsAreLoggable() {
        for (System.Logger.Level level : System.Logger.Level.values()) {
            boolean shown = level == System.Logger.Level.INFO || level == System.Logger.Level.WARNING
                    || level == System.Logger.Level.ERROR;
            assertEquals(shown, logger.isLoggable(level), level.toString());
        }
        assertEquals("org.minutes.cli.test", logger.getName());
    }

    @Test
    void messagesGoToTheJavaUtilLoggingLoggerOfTheName() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger jul = Logger.getLogger("org.minutes.cli.test");
        jul.addHandler(handler);
        jul.setUseParentHandlers(false);
        try {
            logger.log(System.Logger.Level.WARNING, "careful: {0}", "x");
            logger.log(System.Logger.Level.ERROR, "broken", new IllegalStateException("e"));
            logger.log(System.Logger.Level.INFO, () -> "said");
            logger.log(System.Logger.Level.DEBUG, "hidden");
        } finally {
            jul.removeHandler(handler);
            jul.setUseParentHandlers(true);
        }
        assertEquals(3, records.size(), records.toString());
        assertEquals(java.util.logging.Level.WARNING, records.get(0).getLevel());
        assertEquals("careful: {0}", records.get(0).getMessage());
        assertEquals(List.of("x"), List.of(records.get(0).getParameters()));
        assertEquals(java.util.logging.Level.SEVERE, records.get(1).getLevel());
        assertTrue(records.get(1).getThrown() instanceof IllegalStateException);
        assertEquals("said", records.get(2).getMessage());
        assertFalse(records.stream().anyMatch(r -> r.getMessage().equals("hidden")));
        assertTrue(records.stream().allMatch(r -> r.getLoggerName().equals("org.minutes.cli.test")));
    }
}
