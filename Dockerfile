# quizbox in a container: the static binary from scripts/dist.sh on an empty
# image, run as a non-root user, with its data on a volume.
#
#   scripts/dist.sh
#   docker build -t quizbox .
#   docker run -d -p 8080:8080 -v quizbox-data:/data --name quizbox quizbox
#
# The admin's first password is printed in the log: docker logs quizbox.

# Picks the binary for the image's architecture and prepares the files a
# scratch image cannot make itself.
FROM busybox:stable AS prepare
ARG TARGETARCH
COPY dist/ /dist/
RUN case "${TARGETARCH:-amd64}" in \
      amd64) arch=x86_64 ;; \
      arm64) arch=aarch64 ;; \
      *) echo "no quizbox build for $TARGETARCH (scripts/dist.sh builds amd64 and arm64)" >&2; exit 1 ;; \
    esac \
 && cp /dist/quizbox-*-"$arch"-unknown-linux-musl /quizbox \
 && chmod 0755 /quizbox \
 && mkdir -p /data \
 && echo 'quizbox:x:65532:65532:quizbox:/data:/sbin/nologin' > /passwd \
 && echo 'quizbox:x:65532:' > /group

FROM scratch
COPY --from=prepare /quizbox /quizbox
COPY --from=prepare /passwd /etc/passwd
COPY --from=prepare /group /etc/group
COPY --from=prepare --chown=65532:65532 /data /data
USER 65532:65532
ENV QUIZBOX_DATA=/data
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD ["/quizbox", "healthcheck"]
ENTRYPOINT ["/quizbox"]
CMD ["serve"]
