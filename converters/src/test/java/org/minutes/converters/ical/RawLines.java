package org.minutes.converters.ical;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader of unfolded content lines written for the tests, straight from RFC 5545 3.1 and 3.3.11 and RFC 6868, to
 * check exact round trips where ical4j 4.1.1 deviates: it trims blanks from both ends of every value, reads
 * {@code \\\n} (an escaped backslash before a line break) as {@code \\n}, decodes {@code ^^n} and {@code ^^'} as a
 * caret before a line break or a quote, and takes a backslash in a parameter value as an escape, which RFC 5545 has
 * none of there.
 */
final class RawLines {

    private RawLines() {
    }

    /** One content line split into its parts, parameter values still encoded. */
    record Line(String name, List<String[]> params, String value) {

        /** {@return the decoded value of the first parameter with this name, or null} */
        String param(String wanted) {
            for (String[] param : params) {
                if (param[0].equals(wanted)) {
                    return decodeParam(param[1]);
                }
            }
            return null;
        }
    }

    /** {@return per component with this name, in order, its lines without BEGIN and END; none may nest} */
    static List<List<Line>> components(List<String> unfolded, String name) {
        List<List<Line>> components = new ArrayList<>();
        List<Line> current = null;
        for (String line : unfolded) {
            if (line.equals("BEGIN:" + name)) {
                current = new ArrayList<>();
            } else if (line.equals("END:" + name)) {
                components.add(current);
                current = null;
            } else if (current != null) {
                current.add(parse(line));
            }
        }
        return components;
    }

    /** {@return the lines with this property name} */
    static List<Line> named(List<Line> lines, String name) {
        return lines.stream().filter(line -> line.name().equals(name)).toList();
    }

    /** Splits {@code NAME;P=v;Q="w":value} at the semicolons and the colon outside double quotes. */
    static Line parse(String line) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        int colon = -1;
        for (int i = 0; i < line.length() && colon < 0; i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == ';' || c == ':')) {
                parts.add(line.substring(start, i));
                start = i + 1;
                if (c == ':') {
                    colon = i;
                }
            }
        }
        List<String[]> params = new ArrayList<>();
        for (String param : parts.subList(1, parts.size())) {
            int equals = param.indexOf('=');
            params.add(new String[] {param.substring(0, equals), param.substring(equals + 1)});
        }
        return new Line(parts.get(0), params, line.substring(colon + 1));
    }

    /** RFC 5545 3.3.11, left to right: {@code \\ \; \, \n \N}. */
    static String unescapeText(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** RFC 5545 3.2 quotes, then RFC 6868, left to right: {@code ^^ ^' ^n}; any other caret stays. */
    static String decodeParam(String value) {
        String raw = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : 0;
            if (c == '^' && (next == '^' || next == '\'' || next == 'n')) {
                out.append(next == '^' ? '^' : next == '\'' ? '"' : '\n');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
