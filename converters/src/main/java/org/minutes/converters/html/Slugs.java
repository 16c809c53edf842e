package org.minutes.converters.html;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Stable URL parts and ids from names: {@code Conda Community Meeting} → {@code conda-community-meeting}. */
final class Slugs {

    private static final int LONGEST = 60;

    private final Set<String> taken = new HashSet<>();

    /**
     * Makes a slug: accents dropped (NFD, marks removed), lower case, runs of anything but ASCII letters and digits
     * made one {@code -}, at most 60 characters.
     *
     * @param text     the name
     * @param fallback the slug when the name holds no ASCII letter or digit
     * @return the slug
     */
    static String slug(String text, String fallback) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < plain.length() && slug.length() < LONGEST; i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                slug.append(c);
            } else if (slug.length() > 0 && slug.charAt(slug.length() - 1) != '-') {
                slug.append('-');
            }
        }
        while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
            slug.setLength(slug.length() - 1);
        }
        return slug.length() == 0 ? fallback : slug.toString();
    }

    /**
     * Makes a slug not given before by this instance: the second {@code x} is {@code x-2}, and so on.
     *
     * @param text     the name
     * @param fallback the slug when the name holds no ASCII letter or digit
     * @return the unique slug
     */
    String unique(String text, String fallback) {
        String slug = slug(text, fallback);
        String candidate = slug;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = slug + "-" + n;
        }
        taken.add(candidate);
        return candidate;
    }
}
