package org.breathpace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.breathpace.routine.DefaultRoutine;
import org.breathpace.routine.PainChoice;
import org.breathpace.routine.Session;
import org.breathpace.routine.SessionListener;
import org.junit.jupiter.api.Test;

class SessionKeysTest {

    @Test
    void typedKeysDriveTheSession() {
        Session s = new Session(DefaultRoutine.ROUTINE, false, SessionListener.NONE);
        s.start(0, Instant.EPOCH);
        assertThat(SessionKeys.apply("p", s, 1)).isNull();
        assertThat(s.status()).isEqualTo(Session.Status.PAUSED);
        assertThat(SessionKeys.apply("P", s, 2)).isNull();
        assertThat(s.status()).isEqualTo(Session.Status.RUNNING);
        assertThat(SessionKeys.apply("s", s, 3)).isNull();
        assertThat(s.view().step().id()).isEqualTo("foam-rolling");
        assertThat(SessionKeys.apply("h  sharp pain in the neck ", s, 4)).isEqualTo(SessionKeys.PAIN_HELP);
        assertThat(s.status()).isEqualTo(Session.Status.PAIN);
        assertThat(SessionKeys.apply("p", s, 5)).as("a choice is needed").isEqualTo(SessionKeys.PAIN_HELP);
        assertThat(SessionKeys.apply("e", s, 6)).isNull();
        assertThat(s.view().eased()).isTrue();
        assertThat(SessionKeys.apply("?", s, 7)).isEqualTo(SessionKeys.HELP);
        assertThat(SessionKeys.apply("", s, 7)).isNull();
        assertThat(SessionKeys.apply("q", s, 8)).isNull();
        assertThat(s.status()).isEqualTo(Session.Status.FINISHED);
        assertThat(s.report().pains()).singleElement().satisfies(p -> {
            assertThat(p.note()).isEqualTo("sharp pain in the neck");
            assertThat(p.choice()).isEqualTo(PainChoice.EASE);
        });
        assertThat(SessionKeys.apply("s", s, 9)).startsWith("Not now");
    }
}
