package org.minutes.sdk.syntax;

/**
 * The shapes at the start of a title's text (D15): the draft marker {@code DRAFT} WS* {@code -} WS+ (case-sensitive),
 * then a date token {@code YYYY-MM-DD} followed by WS or the end. Whether the date is a valid calendar date (D16) is
 * the parser's question, not a shape.
 */
public final class TitleShapes {

    /** The length of a date token, {@code YYYY-MM-DD}. */
    public static final int DATE_LENGTH = 10;

    private static final String DRAFT = "DRAFT";

    private TitleShapes() {
    }

    /**
     * Finds the dash of a draft marker at the start of the text (D15): {@code DRAFT} WS* {@code -}, then WS or the end
     * of the text (the canonical rendering of a draft title without date and name is {@code # DRAFT - }, D71).
     *
     * @param text a title's text after the {@code #} and its WS
     * @return the index of the marker's {@code -}, or -1 when the text starts with no draft marker
     */
    public static int draftMarkerDash(CharSequence text) {
        if (text.length() < DRAFT.length() || !DRAFT.contentEquals(text.subSequence(0, DRAFT.length()))) {
            return -1;
        }
        int dash = Whitespace.skip(text, DRAFT.length());
        if (dash >= text.length() || text.charAt(dash) != '-') {
            return -1;
        }
        int after = dash + 1;
        return after == text.length() || Whitespace.is(text.charAt(after)) ? dash : -1;
    }

    /**
     * Measures the draft marker at the start of the text with the WS after it (D15).
     *
     * @param text a title's text after the {@code #} and its WS
     * @return the index after the marker and its WS, or 0 when the text starts with no draft marker
     */
    public static int afterDraftMarker(CharSequence text) {
        int dash = draftMarkerDash(text);
        return dash < 0 ? 0 : Whitespace.skip(text, dash + 1);
    }

    /**
     * Tells whether a date token stands at {@code from} (D15): {@code YYYY-MM-DD} in ASCII digits, followed by WS or
     * the end of the text. The date need not exist in the calendar (D16).
     *
     * @param text the title's text
     * @param from where the token would start
     * @return whether it does
     */
    public static boolean isDateToken(CharSequence text, int from) {
        if (text.length() - from < DATE_LENGTH) {
            return false;
        }
        for (int i = 0; i < DATE_LENGTH; i++) {
            char c = text.charAt(from + i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        int end = from + DATE_LENGTH;
        return end == text.length() || Whitespace.is(text.charAt(end));
    }
}
