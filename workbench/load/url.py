"""Articles from the web: downloaded once through newspaper4k's session, cached raw on disk.

The cache makes a re-run offline and reproducible: the page a figure came from stays on disk as it was
fetched. Downloads have a timeout and a size cap, because news sites do hang and do serve video.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path

from workbench.load.errors import RejectedInput
from workbench.load.html import read_html
from workbench.records import Article

DEFAULT_TIMEOUT_S = 15.0
DEFAULT_MAX_BYTES = 10_000_000  # 10 MB: far above any article page, well below a video


def cache_path(cache_dir: Path, url: str) -> Path:
    return cache_dir / f"{hashlib.sha1(url.encode()).hexdigest()}.html.gz"


def fetch_html(
    url: str, cache_dir: Path, *, timeout: float = DEFAULT_TIMEOUT_S, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """The page's HTML, from the cache when it was fetched before, else downloaded and cached."""
    cached = cache_path(cache_dir, url)
    if cached.exists():
        return gzip.decompress(cached.read_bytes()).decode("utf-8", "replace")
    html = _download(url, timeout=timeout, max_bytes=max_bytes)
    cache_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=cache_dir, suffix=".part")
    with os.fdopen(fd, "wb") as handle:
        handle.write(gzip.compress(html.encode("utf-8")))
    os.replace(tmp, cached)
    return html


def _download(url: str, *, timeout: float, max_bytes: int) -> str:
    import warnings

    import requests

    with warnings.catch_warnings():  # newspaper warns that nltk is absent; its NLP features are not used here
        warnings.simplefilter("ignore", UserWarning)
        from newspaper import Config, network

    config = Config()
    config.fetch_images = False
    config.allow_binary_content = True  # newspaper's own probe sends extra requests; Content-Type is checked here
    config.request_timeout = timeout
    config.requests_params["timeout"] = timeout
    config.requests_params["stream"] = True
    try:
        response = network.do_request(url, config)
    except requests.Timeout as exc:
        raise RejectedInput(url, f"timed out after {timeout:g} s; try again later or raise --timeout") from exc
    except (requests.RequestException, network.ArticleBinaryDataException) as exc:
        raise RejectedInput(url, f"download failed: {exc}") from exc
    with response:
        if response.status_code >= 400:
            raise RejectedInput(url, f"the server answered HTTP {response.status_code}")
        kind = response.headers.get("Content-Type", "text/html")
        if "html" not in kind and "text" not in kind:
            raise RejectedInput(url, f"not an HTML page (Content-Type {kind})")
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(65536):
                size += len(chunk)
                if size > max_bytes:
                    raise RejectedInput(url, f"page larger than the {max_bytes // 1_000_000} MB cap")
                chunks.append(chunk)
        except requests.RequestException as exc:
            raise RejectedInput(url, f"download failed mid-way: {exc}") from exc
        data = b"".join(chunks)
        encoding = response.encoding if "charset" in kind.lower() else None
    if encoding:
        return data.decode(encoding, "replace")
    from workbench.load.decode import decode_text

    return decode_text(data, url)


def read_url(url: str, cache_dir: Path, **kwargs) -> Article:
    """An Article from a URL (cached after the first download)."""
    html = fetch_html(url, cache_dir, **kwargs)
    return read_html(html, url, url=url, source_format="url")


def read_url_list(text: str) -> list[str]:
    """The URLs in a URL list file, one per line; blank lines and `#` comments skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
