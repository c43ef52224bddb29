"""Where uploaded and generated files live, and how a private one reaches the person allowed it.

The invariant: everything under `MEDIA_ROOT` is public, because the reverse proxy serves `/media/`
to anyone who knows a file's name. Only Wagtail's images (originals and renditions, the folders in
`PUBLIC_FOLDERS`) go there. Every other file is given out by a view after its checks, so it lives
under `PRIVATE_MEDIA_ROOT`, which nothing serves on its own: Wagtail documents (their collection
may be private), donor PDFs of the reports (a coordinator's figures) and manual PDFs (their page
may be private). The default storage, `MediaStorage`, sorts files by folder; code saves and opens
them by name as with any storage, and a private file has no URL.

A view hands a private file out with `private_file_response` (and Wagtail's document view through
`SENDFILE_BACKEND`, which names this module): behind the shipped nginx, with
`PRIVATE_MEDIA_ACCEL_REDIRECT` set, Django answers with `X-Accel-Redirect` and nginx sends the bytes
from an `internal` location that no request from outside can reach; without it (embedded mode, or
another proxy), Django streams the file itself.
"""

import filecmp
import logging
import posixpath
import shutil
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from wagtail.utils import sendfile_streaming_backend

logger = logging.getLogger(__name__)

# Top folders of the media storage that the proxy may serve to anyone (Wagtail images).
PUBLIC_FOLDERS = frozenset({"images", "original_images"})


def media_is_public(name: str) -> bool:
    """Whether a stored file of this name is public (under MEDIA_ROOT) rather than private."""
    parts = posixpath.normpath(name.replace("\\", "/")).lstrip("/").split("/")
    return parts[0] in PUBLIC_FOLDERS


class MediaStorage(FileSystemStorage):
    """The default storage: public files under MEDIA_ROOT, every other one under
    PRIVATE_MEDIA_ROOT, by the name's top folder (`media_is_public`)."""

    def _holding(self, name: str) -> FileSystemStorage:
        """The file system storage that holds a file of this name."""
        if media_is_public(name):
            return super()
        return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT)

    def url(self, name: str) -> str:
        if not media_is_public(name):
            # Wagtail reads this as "no direct URL" and serves documents through its view.
            raise NotImplementedError(f"{name} is private: only the view that checks it serves it")
        return super().url(name)

    def path(self, name: str) -> str:
        return self._holding(name).path(name)

    def _open(self, name, mode="rb"):
        return self._holding(name)._open(name, mode)

    def _save(self, name, content):
        return self._holding(name)._save(name, content)

    def delete(self, name):
        return self._holding(name).delete(name)

    def exists(self, name):
        return self._holding(name).exists(name)

    def listdir(self, path):
        return self._holding(path).listdir(path)

    def size(self, name):
        return self._holding(name).size(name)

    def get_accessed_time(self, name):
        return self._holding(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self._holding(name).get_created_time(name)

    def get_modified_time(self, name):
        return self._holding(name).get_modified_time(name)


def accel_redirect_uri(path: str) -> str:
    """The URI of a private file under the proxy's internal location."""
    relative = Path(path).resolve().relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    prefix = settings.PRIVATE_MEDIA_ACCEL_REDIRECT.rstrip("/")
    return f"{prefix}/{quote(relative.as_posix())}"


def private_file_response(
    request: HttpRequest, *, name: str, filename: str, content_type: str
) -> HttpResponse:
    """A stored private file as a download named `filename`, for a request already checked."""
    path = default_storage.path(name)
    if not settings.PRIVATE_MEDIA_ACCEL_REDIRECT:
        return FileResponse(
            open(path, "rb"),  # FileResponse closes it
            as_attachment=True,
            filename=filename,
            content_type=content_type,
        )
    response = HttpResponse(content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["X-Accel-Redirect"] = accel_redirect_uri(path)
    return response


def sendfile(request: HttpRequest, filename: str, **kwargs) -> HttpResponse:
    """The backend of `wagtail.utils.sendfile` (SENDFILE_BACKEND), which serves Wagtail documents
    once their collection's restrictions have passed: hands the file to the proxy, or streams it."""
    if not settings.PRIVATE_MEDIA_ACCEL_REDIRECT:
        return sendfile_streaming_backend.sendfile(request, filename, **kwargs)
    response = HttpResponse()
    response["X-Accel-Redirect"] = accel_redirect_uri(filename)
    return response


def private_files_move() -> list[str]:
    """Move the private files that earlier versions kept under MEDIA_ROOT to PRIVATE_MEDIA_ROOT,
    under the same names (the names stored in the database stay right); the names moved.

    Idempotent, and safe to run again after an interruption: a file already copied is only
    removed from MEDIA_ROOT. A different file already stored under the same private name stays
    where it is, with a warning (the proxy does not serve it either: it serves public folders only).
    """
    media = Path(settings.MEDIA_ROOT)
    private = Path(settings.PRIVATE_MEDIA_ROOT)
    if not media.is_dir():
        return []
    moved = []
    for path in sorted(media.rglob("*")):
        name = path.relative_to(media).as_posix()
        if media_is_public(name) or path.is_symlink() or not path.is_file():
            continue
        target = private / name
        if target.exists():
            if filecmp.cmp(path, target, shallow=False):
                path.unlink()
                moved.append(name)
            else:
                logger.warning("Not moved: %s differs from the private file of the same name", name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(path, target)  # a copy then a removal where the two are on different volumes
        moved.append(name)
    for folder in sorted((p for p in media.rglob("*") if p.is_dir()), reverse=True):
        if not media_is_public(folder.relative_to(media).as_posix()) and not any(folder.iterdir()):
            folder.rmdir()
    return moved
