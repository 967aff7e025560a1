# The Điểm Nóng image: the worker (`diemnong run --no-dashboard`) and the dashboard (`diemnong dashboard`)
# of docker-compose.yml both run from it.
FROM python:3.11-slim
ENV PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app
# LibreOffice Writer and Times-metric fonts: the monthly report's PDF (about 300 MB; without them the PDF
# option gives a one-line reason and Word/HTML still work).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer fonts-liberation2 \
    && rm -rf /var/lib/apt/lists/*
COPY pyproject.toml README.md ./
COPY diemnong ./diemnong
COPY store ./store
COPY crawlers ./crawlers
COPY nlp ./nlp
COPY alerting ./alerting
COPY dashboard ./dashboard
COPY data ./data
RUN pip install -e . \
    && useradd --system --uid 10001 --home-dir /var/lib/diemnong diemnong \
    && mkdir -p /var/lib/diemnong && chown diemnong /var/lib/diemnong
USER diemnong
ENV DIEMNONG_HOME=/var/lib/diemnong
VOLUME ["/var/lib/diemnong"]
EXPOSE 8501
CMD ["diemnong", "run"]
