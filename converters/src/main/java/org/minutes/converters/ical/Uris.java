package org.minutes.converters.ical;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The URIs the converter writes: attendee addresses and the meeting link as URL. */
final class Uris {

    /** Prefix for attendees without a GitHub handle: {@code urn:minutes:attendee:} + the encoded name. */
    static final String ATTENDEE_URN = "urn:minutes:attendee:";

    /** Prefix for assignees that match no attendee (D53): {@code urn:minutes:initials:} + the encoded initials. */
    static final String INITIALS_URN = "urn:minutes:initials:";

    private static final String GITHUB = "https://github.com/";
    private static final String HEX = "0123456789ABCDEF";
    /**
     * RFC 3986 2.2 reserved characters kept as they are; {@code [} and {@code ]} are left out because
     * {@link URI} (RFC 2396) takes them only around an IPv6 host.
     */
    private static final String URI_CHARACTERS = ":/?#@!$&'()*+,;=";

    private Uris() {
    }

    /**
     * {@return the {@code mailto:} URI of an e-mail address (RFC 6068): the address percent-encoded but for its
     * {@code @}}
     */
    static String mailto(String email) {
        int at = email.lastIndexOf('@');
        return "mailto:" + encode(email.substring(0, at)) + '@' + encode(email.substring(at + 1));
    }

    /** {@return the GitHub profile URI of a handle, the handle percent-encoded as one path segment} */
    static String github(String handle) {
        return GITHUB + encode(handle);
    }

    /**
     * Percent-encodes every octet of the UTF-8 form except RFC 3986 unreserved characters, so that the result is a
     * valid URI component whatever the text.
     *
     * @param text any text; unpaired surrogates become {@code ?} as in {@link String#getBytes}
     * @return the encoded text
     */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3 / 2);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int octet = b & 0xFF;
            if (isUnreserved(octet)) {
                out.append((char) octet);
            } else {
                appendEscape(out, octet);
            }
        }
        return out.toString();
    }

    /**
     * Makes a link usable as a URI value: characters no URI may hold (spaces, non-ASCII, {@code "}, {@code |}, a
     * {@code %} not starting an escape, …) are percent-encoded, the rest is kept.
     *
     * @param link the link as written in the notes
     * @return the URI, or empty when the result is still no absolute URI (no scheme)
     */
    static Optional<String> absolute(String link) {
        StringBuilder out = new StringBuilder(link.length() + 8);
        byte[] utf8 = link.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            int octet = utf8[i] & 0xFF;
            boolean escape = octet == '%' && i + 2 < utf8.length && isHex(utf8[i + 1]) && isHex(utf8[i + 2]);
            if (isUnreserved(octet) || escape || (octet < 0x80 && URI_CHARACTERS.indexOf(octet) >= 0)) {
                out.append((char) octet);
            } else {
                appendEscape(out, octet);
            }
        }
        try {
            URI uri = new URI(out.toString());
            return uri.isAbsolute() ? Optional.of(out.toString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean isUnreserved(int octet) {
        return (octet >= 'a' && octet <= 'z') || (octet >= 'A' && octet <= 'Z') || (octet >= '0' && octet <= '9')
                || octet == '-' || octet == '.' || octet == '_' || octet == '~';
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }

    private static void appendEscape(StringBuilder out, int octet) {
        out.append('%').append(HEX.charAt(octet >> 4)).append(HEX.charAt(octet & 0xF));
    }
}
