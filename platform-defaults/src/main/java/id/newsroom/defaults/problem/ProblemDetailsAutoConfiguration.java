package id.newsroom.defaults.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The platform's problem-details handler in every servlet service that answers JSON. It takes the place of Boot's
 * (same switch, {@code spring.mvc.problemdetails.enabled}, on by the platform's defaults) and backs off where a service
 * declares its own, usually a subclass of {@link PlatformProblemHandler}. An HTML site switches it off.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ResponseEntityExceptionHandler.class)
@ConditionalOnBooleanProperty("spring.mvc.problemdetails.enabled")
public class ProblemDetailsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    PlatformProblemHandler platformProblemHandler() {
        return new PlatformProblemHandler();
    }
}
