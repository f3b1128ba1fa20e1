package org.mandateworkbench.report.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandateworkbench.model.StateResponse;
import org.mandateworkbench.model.TopicSummary;
import org.mandateworkbench.report.format.ModelTexts;

/**
 * Groups the States that replied on a topic by the text of their summary, so that States reporting the
 * same thing share one paragraph. Groups keep the order of their first State's reply; replies without
 * a State are left out, since the note cannot name them.
 */
final class TopicGroups {

    /** States (names in the draft language) that gave the same summary. */
    record Group(List<String> states, String summary) {
    }

    private TopicGroups() {
    }

    static List<Group> of(List<StateResponse> responses, String topic, ModelTexts texts) {
        Map<String, List<String>> statesBySummary = new LinkedHashMap<>();
        for (StateResponse response : responses) {
            if (response.getState() == null) {
                continue;
            }
            for (TopicSummary summary : response.getTopicSummaries()) {
                String text = texts.of(summary.getSummary());
                if (topic.equals(summary.getTopic()) && !text.isEmpty()) {
                    List<String> states = statesBySummary.computeIfAbsent(text, t -> new ArrayList<>());
                    String name = texts.stateName(response.getState());
                    if (!states.contains(name)) {
                        states.add(name);
                    }
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        statesBySummary.forEach((summary, states) -> groups.add(new Group(List.copyOf(states), summary)));
        return groups;
    }
}
