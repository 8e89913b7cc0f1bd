package news.credibility.config;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.credibility.authoring.CorpusFolders;
import news.credibility.authoring.ReloadVetting;
import news.credibility.authoring.RuleWorkbench;
import news.credibility.authoring.RulesFolderWatcher;
import news.credibility.engine.CredibilityEngine;
import news.credibility.extract.NewsArticleReader;
import news.credibility.score.ReloadResult;

/**
 * The rule authors' workbench in the service: every reload of the live engine is gated by the
 * checks and the test cases of the rules folder, and the folder is optionally watched.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthoringProperties.class)
public class AuthoringConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthoringConfiguration.class);

    @Bean
    RuleWorkbench ruleWorkbench(CredibilityEngine engine, AuthoringProperties properties) {
        NewsArticleReader reader = new NewsArticleReader();
        // a reload over HTTP or from the watcher goes live only when checks and cases pass
        engine.rules().gateReloadsWith(new ReloadVetting(reader));
        return new RuleWorkbench(engine.rules(), reader, new CorpusFolders(properties.seeds(), properties.corporaRoot()));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnBooleanProperty("credibility.authoring.watch")
    // takes the workbench so that the reload gate is installed before the first change is seen
    RulesFolderWatcher rulesFolderWatcher(CredibilityEngine engine, RuleWorkbench workbench, AuthoringProperties properties) throws IOException {
        log.info("Watching {} for changes (debounce {})", engine.rules().folder(), properties.watchDebounce());
        return RulesFolderWatcher.start(engine.rules().folder(), properties.watchDebounce(), () -> {
            ReloadResult result = engine.rules().reload();
            if (result.success()) {
                log.info("Rules changed on disk and reloaded: version {} -> {}", result.previousVersion(), result.liveVersion());
            } else {
                log.warn("Rules changed on disk but were not reloaded, version {} stays live: {}", result.liveVersion(), result.problems());
            }
        });
    }
}
