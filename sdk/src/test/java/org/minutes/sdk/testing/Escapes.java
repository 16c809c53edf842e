package org.minutes.sdk.testing;

/** Shows test inputs unambiguously in failure messages: line ends, tabs, NBSP, BOM and surrogates made visible. */
public final class Escapes {

    private Escapes() {
    }

    /**
     * Renders text as a Java string literal, escaping everything outside printable ASCII.
     *
     * @param text any text, lone surrogates included
     * @return the literal, quotes included
     */
    public static String javaLiteral(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Renders bytes as a Java array initialiser.
     *
     * @param bytes any bytes
     * @return for example {@code {0x61, (byte) 0xFF}}
     */
    public static String byteArray(byte[] bytes) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            int b = bytes[i] & 0xFF;
            out.append(b < 0x80 ? String.format("0x%02X", b) : String.format("(byte) 0x%02X", b));
        }
        return out.append('}').toString();
    }
}
