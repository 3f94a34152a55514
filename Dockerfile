# One image per app: docker build --build-arg APP=ingest-jobs -t vidtrack/ingest-jobs .
# Build the jars first (./vidtrack build); the image only copies the app's executable jar.
FROM eclipse-temurin:21-jre
ARG APP
COPY ${APP}/target/${APP}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER 65534
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
