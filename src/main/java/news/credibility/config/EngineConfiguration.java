package news.credibility.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import news.credibility.engine.CredibilityEngine;
import news.credibility.score.RuleSetException;

/**
 * Wires the plain-Java engine into the service. A rules folder that does not compile stops the
 * start-up; {@link RuleSetFailureAnalyzer} turns that into a message naming file, line and rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CredibilityProperties.class)
public class EngineConfiguration {

    @Bean
    CredibilityEngine credibilityEngine(CredibilityProperties properties) throws RuleSetException {
        return CredibilityEngine.load(properties.rulesFolder());
    }
}
