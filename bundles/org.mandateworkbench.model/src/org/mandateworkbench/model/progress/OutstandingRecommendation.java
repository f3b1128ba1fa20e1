package org.mandateworkbench.model.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.mandateworkbench.model.Mandate;
import org.mandateworkbench.model.Recommendation;

/**
 * A recommendation not yet carried out on a date; see {@link OutstandingRecommendations}.
 *
 * @param recommendation  the recommendation
 * @param adoptedOn       the last day of the meeting that adopted it (its first day when the last
 *                        is unknown); empty when the meeting is undated
 * @param ageYears        whole years from {@code adoptedOn} to the as-of date; empty when undated
 * @param mandates        the workspace's mandates that name it as a source; empty when none does
 * @param timesReiterated on how many later occasions it was reiterated (see
 *                        {@link OutstandingRecommendations#of})
 */
public record OutstandingRecommendation(Recommendation recommendation, Optional<LocalDate> adoptedOn, OptionalInt ageYears,
        List<Mandate> mandates, int timesReiterated) {
}
