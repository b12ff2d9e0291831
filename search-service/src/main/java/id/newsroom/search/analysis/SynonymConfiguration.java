package id.newsroom.search.analysis;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

import id.newsroom.search.config.SearchProperties;

@Configuration(proxyBeanMethods = false)
public class SynonymConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SynonymConfiguration.class);

    @Bean
    SynonymDictionary synonymDictionary(SearchProperties properties, TaskScheduler scheduler) {
        SynonymDictionary dictionary = new SynonymDictionary(properties.synonyms().path());
        if (properties.synonyms().path() != null) {
            // Operators edit the file in place; the next check picks it up.
            scheduler.scheduleWithFixedDelay(() -> {
                try {
                    if (dictionary.reloadIfChanged()) {
                        log.info("Synonym dictionary reloaded: {} entries", dictionary.current().entries());
                    }
                } catch (RuntimeException e) {
                    log.error("Synonym dictionary not reloaded, keeping the previous one: {}", e.getMessage());
                }
            }, properties.synonyms().checkInterval());
        }
        return dictionary;
    }

    @Bean
    SynonymsEndpoint synonymsEndpoint(SynonymDictionary dictionary) {
        return new SynonymsEndpoint(dictionary);
    }
}
