package news.credibility.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the rule authors' workbench (prefix {@code credibility.authoring}).
 *
 * @param seeds          the corpus a diff scores by default
 * @param corporaRoot    other corpora a diff may name, as folders under this root (nothing outside it)
 * @param watch          reload (checked and tested first) when a file of the rules folder changes
 * @param watchDebounce  how long the files must be quiet before that reload
 */
@ConfigurationProperties("credibility.authoring")
public record AuthoringProperties(@DefaultValue("seeds") Path seeds, @DefaultValue("corpora") Path corporaRoot,
                                  @DefaultValue("false") boolean watch, @DefaultValue("500ms") Duration watchDebounce) {
}
