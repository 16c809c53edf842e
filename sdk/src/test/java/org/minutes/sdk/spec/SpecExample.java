package org.minutes.sdk.spec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One numbered example of the dialect reference {@code docs/dialect.md}: the rules it exercises, its options, the
 * input as written (with the visible markers) and the expected dump.
 *
 * @param number   the example's number, counted from 1 in document order
 * @param line     the 1-based line of its opening fence in {@code docs/dialect.md}
 * @param heading  the {@code ### Dn Title} rule heading it stands under, without the {@code ###}
 * @param rules    the dialect rules it exercises, e.g. {@code [D37]}; the first is the rule of its heading
 * @param options  {@code bytes}, {@code bom}, {@code noeol}, {@code pending}, {@code pre-amendment}
 * @param source   the input lines as written, each ending in LF
 * @param expected the expected dump, each line ending in LF; absent only for a {@code pending} example that holds
 *                 its input alone (D84–D96, whose dumps are written when the rules are implemented)
 */
public record SpecExample(int number, int line, String heading, List<String> rules, Set<String> options,
                          String source, Optional<String> expected) {

    /** The options an example line may carry besides its rules. */
    public static final Set<String> OPTIONS = Set.of("bytes", "bom", "noeol", "pending", "pre-amendment");

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException for an example without an expected dump that is not {@code pending}
     */
    public SpecExample {
        rules = List.copyOf(rules);
        options = Set.copyOf(options);
        if (expected.isEmpty() && !options.contains("pending")) {
            throw new IllegalArgumentException("line " + line + ": only a pending example may omit the expected dump");
        }
    }

    /** {@return whether the rule or the amended part of the rule it shows is not implemented yet} */
    public boolean pending() {
        return options.contains("pending");
    }

    /**
     * Returns the input text: markers replaced ({@code ⇥} and {@code →} tab, {@code ⍽} NBSP, {@code ␍} CR,
     * {@code ␠} space), the final LF dropped for {@code noeol}, a BOM prepended for {@code bom}, and with
     * {@code crlf} every LF that is not already part of a CRLF turned into CRLF.
     *
     * @param crlf whether to use CRLF line endings
     * @return the text to parse
     */
    public String input(boolean crlf) {
        String text = source;
        if (options.contains("noeol") && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        text = text.replace('⇥', '\t').replace('→', '\t').replace('⍽', '\u00a0').replace('␍', '\r').replace('␠', ' ');
        if (crlf) {
            // A line already ended by ␍ before its LF keeps one CRLF: doubling the CR would add a line (D2).
            text = text.replaceAll("(?<!\r)\n", "\r\n");
        }
        if (options.contains("bom")) {
            text = '\uFEFF' + text;
        }
        return text;
    }

    /**
     * Returns the input as UTF-8 bytes for {@code bytes} examples, where {@code \xHH} stands for one raw byte
     * (D1: malformed sequences, a BOM as bytes).
     *
     * @param crlf whether to use CRLF line endings
     * @return the bytes to parse
     */
    public byte[] bytes(boolean crlf) {
        String text = input(crlf);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("\\x", i) && i + 4 <= text.length() && isHex(text.substring(i + 2, i + 4))) {
                bytes.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 4;
            } else {
                int cp = text.codePointAt(i);
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(String digits) {
        return digits.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** {@return a display name such as {@code Example 12 (D37) at line 340 of docs/dialect.md}} */
    public String displayName() {
        return "Example " + number + " (" + String.join(" ", rules) + ") at line " + line + " of docs/dialect.md";
    }
}
