# One image per app: docker build --build-arg APP=ingest-jobs -t vidtrack/ingest-jobs .
# Build the jars first (./vidtrack build); the image only copies the app's executable jar.
FROM eclipse-temurin:21-jre
ARG APP
COPY ${APP}/target/${APP}-0.1.0-SNAPSHOT-exec.jar /app/app.jar
USER 65534
# The heap committed up front (initial = maximum): with a small committed heap, G1 starts a marking of the whole heap
# at each large Kafka buffer (a fetch response of a few MB) once the live state fills it: in the stream benchmark,
# 66 markings a run and 76 µs of CPU per event, against 6 and 38-50 µs so (docs/performance.md, session 8).
ENTRYPOINT ["java", "-XX:InitialRAMPercentage=75", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
