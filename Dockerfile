FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY diemnong ./diemnong
COPY store ./store
COPY crawlers ./crawlers
COPY nlp ./nlp
COPY alerting ./alerting
COPY dashboard ./dashboard
COPY data ./data
RUN pip install --no-cache-dir -e .
ENV DIEMNONG_HOME=/var/lib/diemnong
EXPOSE 8501
CMD ["diemnong", "run"]
