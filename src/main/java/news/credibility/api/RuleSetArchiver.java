package news.credibility.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(RuleSetArchiver.class);

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
        // a reload (over HTTP or from the folder watcher) archives the new version at once, not at its first assessment
        engine.rules().afterSwap(ruleSet -> archiveQuietly(ruleSet.version()));
    }

    private void archiveQuietly(String version) {
        try {
            archive.archive(version, properties.rulesFolder());
        } catch (RuntimeException e) {
            // the reload has succeeded; the first assessment under this version archives it again or says why
            log.warn("Rule set {} is live but could not be archived yet: {}", version, e.getMessage());
        }
    }
}
