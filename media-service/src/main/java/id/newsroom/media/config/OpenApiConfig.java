package id.newsroom.media.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class OpenApiConfig {

    @Bean
    OpenAPI mediaServiceOpenApi() {
        return new OpenAPI()
                .info(new Info().title("media-service: foto").version("v1")
                        .description("Unggah dan impor foto; varian (lebar dan potongan titik fokus) dalam JPEG "
                                + "progresif dan WebP di URL yang tidak pernah berubah. Setiap perubahan menjadi "
                                + "event CloudEvents di topik news.media.v1. Galat mengikuti RFC 9457."))
                .components(new Components()
                        .addSecuritySchemes("basicAuth",
                                new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")));
    }
}
