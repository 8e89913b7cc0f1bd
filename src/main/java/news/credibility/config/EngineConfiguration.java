package news.credibility.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.credibility.engine.CredibilityEngine;
import news.credibility.extract.ArticleReader;
import news.credibility.extract.NewsArticleReader;
import news.credibility.score.RuleEngine;
import news.credibility.score.RuleSetException;

/**
 * Wires the plain-Java engine into the service. A rules folder that does not compile stops the
 * start-up; {@link RuleSetFailureAnalyzer} turns that into a message naming file, line and rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredibilityProperties.class)
public class EngineConfiguration {

    @Bean
    RuleEngine ruleEngine(CredibilityProperties properties) throws RuleSetException {
        return RuleEngine.load(properties.rulesFolder());
    }

    @Bean
    ArticleReader articleReader() {
        return new NewsArticleReader();
    }

    @Bean
    CredibilityEngine credibilityEngine(RuleEngine rules, ArticleReader reader) {
        return new CredibilityEngine(rules, reader);
    }
}
