package news.credibility.api;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import news.credibility.audit.RuleSetArchive;
import news.credibility.config.CredibilityProperties;
import news.credibility.engine.CredibilityEngine;

/**
 * Archives the rules the service starts with as soon as it is ready, rather than at the first
 * assessment: the files are read while they are still the ones that were compiled.
 */
@Component
class RuleSetArchiver {

    private final CredibilityEngine engine;
    private final RuleSetArchive archive;
    private final CredibilityProperties properties;

    RuleSetArchiver(CredibilityEngine engine, RuleSetArchive archive, CredibilityProperties properties) {
        this.engine = engine;
        this.archive = archive;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void archiveLiveRules() {
        archive.archive(engine.rules().current().version(), properties.rulesFolder());
    }
}
