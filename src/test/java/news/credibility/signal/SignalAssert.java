package news.credibility.signal;

import static org.assertj.core.api.Assertions.assertThat;

import news.credibility.extract.Claim;

/** Asserts on a claim's signals with the claim's text and signals in the message. */
final class SignalAssert {

    private SignalAssert() {
    }

    static void has(Claim c, SignalType type) {
        assertThat(c.has(type)).as("%s on '%s' (signals %s)", type, c.text(), c.signals()).isTrue();
    }

    static void hasNot(Claim c, SignalType type) {
        assertThat(c.has(type)).as("no %s on '%s' (signals %s)", type, c.text(), c.signals()).isFalse();
    }

    static Signal first(Claim c, SignalType type) {
        return c.signals().stream().filter(s -> s.type() == type).findFirst().orElseThrow(() -> new AssertionError("no " + type + " on " + c.text()));
    }
}
