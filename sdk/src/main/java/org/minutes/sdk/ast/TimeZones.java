package org.minutes.sdk.ast;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resolves the zone named in a time link (D19, D20) to a {@link ZoneId}. */
final class TimeZones {

    private TimeZones() {
    }

    /**
     * The JDK's region ids, read on the first name that is not UTC: most time links name UTC, and reading the zone
     * database is a large part of a first parse.
     */
    private static final class Regions {

        /** The region ids the JDK knows; only these count, so that offsets such as {@code +05:00} are no zone names. */
        static final Set<String> IDS = Set.copyOf(ZoneId.getAvailableZoneIds());

        /** Region ids by their last part ({@code Chicago} → {@code America/Chicago}), for single city names. */
        static final Map<String, List<String>> BY_LAST_PART = byLastPart();

        private Regions() {
        }

        private static Map<String, List<String>> byLastPart() {
            Map<String, List<String>> index = new HashMap<>();
            for (String id : IDS) {
                String lastPart = id.substring(id.lastIndexOf('/') + 1);
                index.computeIfAbsent(lastPart, key -> new ArrayList<>()).add(id);
            }
            return index;
        }
    }

    /**
     * Resolves a zone name as D20 says: {@code UTC} in any case is UTC; {@code Area/City} is that zone id; a single
     * city is the unique zone id whose last part equals it. Spaces count as {@code _} ({@code New York}). Names are
     * otherwise case-sensitive, as zone ids are.
     *
     * @param name the zone as written in the link, percent-decoded
     * @return the zone, or empty when the name fits none of these (D20 {@code preamble/unknown-time-zone})
     */
    public static Optional<ZoneId> resolve(String name) {
        String id = name.replace(' ', '_');
        if (id.equalsIgnoreCase("UTC")) {
            return Optional.of(ZoneOffset.UTC);
        }
        if (id.indexOf('/') >= 0) {
            return Regions.IDS.contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
        }
        List<String> candidates = Regions.BY_LAST_PART.getOrDefault(id, List.of());
        // A city shared by two ids (GMT and Etc/GMT) names no zone in particular.
        return candidates.size() == 1 ? Optional.of(ZoneId.of(candidates.get(0))) : Optional.empty();
    }
}
