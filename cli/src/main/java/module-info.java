/**
 * The {@code minutes} command line ({@code convert}, {@code check}, {@code fmt}, {@code todo}, {@code people},
 * {@code decisions}, {@code stats}, {@code next}). It exports no API; picocli reads
 * the command classes' annotations and fields reflectively, so the package is opened to it alone.
 */
module org.minutes.cli {
    requires org.minutes.sdk;
    requires org.minutes.converters;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires org.yaml.snakeyaml;
    requires java.logging;

    opens org.minutes.cli to info.picocli;

    provides java.lang.System.LoggerFinder with org.minutes.cli.LazyLoggerFinder;
}
