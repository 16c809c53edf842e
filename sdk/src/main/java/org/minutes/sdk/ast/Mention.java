package org.minutes.sdk.ast;

import java.util.Objects;
import java.util.Optional;

import org.minutes.sdk.syntax.Mentions;

/**
 * A mention of a user or team (D60).
 *
 * <pre>{@code
 * @qexample   @acme/communications
 * }</pre>
 *
 * @param handle the user or organisation handle: letters, digits, inner hyphens
 * @param team   the team after {@code /}, if any
 */
public record Mention(String handle, Optional<String> team) implements Inline {

    /**
     * Checks the components against the record's invariants and copies lists.
     *
     * @throws IllegalArgumentException naming the value that breaks an invariant
     */
    public Mention {
        Checks.text(handle, "handle");
        if (!Mentions.isHandle(handle)) {
            throw new IllegalArgumentException("handle " + Checks.quote(handle) + " is no mention handle (D60)");
        }
        Objects.requireNonNull(team, "team");
        team.ifPresent(t -> {
            if (!Mentions.isTeam(t)) {
                throw new IllegalArgumentException("team " + Checks.quote(t) + " is no team name (D60)");
            }
        });
    }

    /** {@return the mention as written, without {@code @}: {@code acme/communications}} */
    public String path() {
        return team.map(t -> handle + "/" + t).orElse(handle);
    }

    @Override public <R> R accept(Visitor<R> visitor) { return visitor.visit(this); }
}
