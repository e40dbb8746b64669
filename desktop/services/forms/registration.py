"""Align a scanned page to its template's blank reference: ORB features + a similarity transform, and for a
phone photo a homography.

``cv2.estimateAffinePartial2D`` (rotation, uniform scale, shift) is fitted with RANSAC on a reduced-size copy
and then applied to the full-resolution page. A homography is fitted to the same matches as well (a photo taken
at a slight angle is a perspective, not a similarity); it is used when it is plausible — the page's corners map
to a convex quadrilateral whose sides keep their lengths within 15 % and their corners within 10° of square —
and finds more of the printed lines. A fit is accepted only if enough features agree, the transform is
plausible for a scan (|angle| ≤ 10°, scale 0.8–1.25), and the form's printed lines are found where the
template has them (cross-check). Otherwise :class:`NotMatching` says why; the page is never guessed.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np

WORK_WIDTH = 1000          # features are found on a copy about this wide
MIN_INLIERS = 25
MIN_LINE_OVERLAP = 0.55    # share of the template's printed ink found on the aligned page


class NotMatching(Exception):
    """The page is not this template's form (or too damaged to align)."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass
class Alignment:
    image: np.ndarray       # the page warped into the reference frame (gray uint8, reference size)
    angle: float            # degrees the scan was rotated
    scale: float
    inliers: int
    line_overlap: float
    matrix: np.ndarray      # 2×3: page pixels → reference pixels (the affine part when ``homography`` is set)
    homography: np.ndarray | None = None   # 3×3 page → reference, when the page was a perspective photo

    def full(self) -> np.ndarray:
        """3×3 page pixels → reference pixels."""
        return self.homography if self.homography is not None else np.vstack([self.matrix, [0, 0, 1]])


class Reference:
    """Precomputed features of a template's blank image (reuse it for a whole batch)."""

    def __init__(self, gray: np.ndarray) -> None:
        self.gray = gray
        self.height, self.width = gray.shape
        self.factor = min(1.0, WORK_WIDTH / self.width)
        self.orb = cv2.ORB_create(nfeatures=2500, scaleFactor=1.2, nlevels=6, fastThreshold=12)
        small = _shrink(gray, self.factor)
        self.keypoints, self.descriptors = self.orb.detectAndCompute(small, None)
        if self.descriptors is None or len(self.keypoints) < MIN_INLIERS:
            raise ValueError("the reference image has too little printed content to align scans to")
        ink = (gray < 128).astype(np.uint8)
        self.ink_points = np.count_nonzero(ink)
        # printed lines and labels of the blank form, sampled for the cross-check
        ys, xs = np.nonzero(ink)
        step = max(1, len(xs) // 20000)
        self.sample_xy = (xs[::step], ys[::step])
        self.matcher = cv2.BFMatcher(cv2.NORM_HAMMING)


def _shrink(gray: np.ndarray, factor: float) -> np.ndarray:
    if factor >= 1.0:
        return gray
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)


def align(page: np.ndarray, ref: Reference) -> Alignment:
    """Warp ``page`` onto ``ref``; raise :class:`NotMatching` if it is not the same form."""
    factor = min(1.0, WORK_WIDTH / page.shape[1]) if page.shape[1] > 0 else 1.0
    small = _shrink(page, factor)
    kps, desc = ref.orb.detectAndCompute(small, None)
    if desc is None or len(kps) < MIN_INLIERS:
        raise NotMatching("no_features", "too little printed content on the page to recognise the form")
    pairs = ref.matcher.knnMatch(desc, ref.descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.8 * p[1].distance]
    if len(good) < MIN_INLIERS:
        raise NotMatching("few_matches", f"only {len(good)} features match the template")
    src = np.float32([kps[m.queryIdx].pt for m in good]).reshape(-1, 2) / factor
    dst = np.float32([ref.keypoints[m.trainIdx].pt for m in good]).reshape(-1, 2) / ref.factor
    matrix, mask = cv2.estimateAffinePartial2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=6.0,
                                               maxIters=4000, confidence=0.995, refineIters=20)
    if matrix is None or mask is None:
        raise NotMatching("no_transform", "no consistent alignment to the template was found")
    inliers = int(np.count_nonzero(np.asarray(mask).ravel()))
    a, b = float(matrix[0, 0]), float(matrix[1, 0])
    scale = math.hypot(a, b)
    angle = math.degrees(math.atan2(b, a))
    if inliers < MIN_INLIERS:
        raise NotMatching("few_inliers", f"only {inliers} features agree on an alignment")
    if not (0.8 <= scale <= 1.25) or abs(angle) > 10:
        raise NotMatching("implausible", f"the alignment is implausible (rotation {angle:.1f}°, scale {scale:.2f})")
    warped = cv2.warpAffine(page, matrix, (ref.width, ref.height), flags=cv2.INTER_LINEAR,
                            borderMode=cv2.BORDER_CONSTANT, borderValue=255)
    overlap = line_overlap(warped, ref)
    homography = None
    if overlap < 0.97 and len(src) >= 4:
        hom, hmask = cv2.findHomography(src, dst, cv2.RANSAC, 6.0, maxIters=4000, confidence=0.995)
        if hom is not None and hmask is not None and int(hmask.sum()) >= MIN_INLIERS \
                and plausible_homography(hom, page.shape[1], page.shape[0]):
            hwarped = cv2.warpPerspective(page, hom, (ref.width, ref.height), flags=cv2.INTER_LINEAR,
                                          borderMode=cv2.BORDER_CONSTANT, borderValue=255)
            h_overlap = line_overlap(hwarped, ref)
            if h_overlap > overlap + 0.01:
                warped, overlap, homography = hwarped, h_overlap, np.asarray(hom, dtype=float)
                inliers = int(hmask.sum())
    if overlap < MIN_LINE_OVERLAP:
        raise NotMatching("lines_differ",
                          f"the printed lines do not match the template ({overlap:.0%} of them found)")
    return Alignment(warped, angle, scale, inliers, overlap, np.asarray(matrix, dtype=float), homography)


def plausible_homography(hom: np.ndarray, width: int, height: int) -> bool:
    """A photo of a flat page: corners → a convex quadrilateral, sides within 15 % of the similarity's lengths
    (opposite sides within 15 % of each other), corners within 10° of square."""
    corners = np.float32([[0, 0], [width, 0], [width, height], [0, height]]).reshape(-1, 1, 2)
    q = cv2.perspectiveTransform(corners, hom).reshape(-1, 2)
    if not np.all(np.isfinite(q)):
        return False
    sides = [q[(i + 1) % 4] - q[i] for i in range(4)]
    lengths = [float(np.hypot(*v)) for v in sides]
    if min(lengths) <= 1:
        return False
    if abs(lengths[0] / lengths[2] - 1) > 0.15 or abs(lengths[1] / lengths[3] - 1) > 0.15:
        return False
    cross = [float(sides[i][0] * sides[(i + 1) % 4][1] - sides[i][1] * sides[(i + 1) % 4][0]) for i in range(4)]
    if not (all(c > 0 for c in cross) or all(c < 0 for c in cross)):
        return False
    for i in range(4):
        a, b = -sides[i - 1], sides[i]
        cos = float(np.dot(a, b) / (np.hypot(*a) * np.hypot(*b)))
        if abs(math.degrees(math.acos(max(-1.0, min(1.0, cos)))) - 90) > 10:
            return False
    return True


def line_overlap(warped: np.ndarray, ref: Reference) -> float:
    """Share of the template's printed ink that is dark (within 2 px) on the aligned page."""
    dark = cv2.erode(warped, np.ones((5, 5), np.uint8)) < 150   # min filter = dilate the dark ink by 2 px
    xs, ys = ref.sample_xy
    if len(xs) == 0:
        return 0.0
    return float(np.count_nonzero(dark[ys, xs])) / len(xs)
