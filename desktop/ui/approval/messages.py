"""Translated sentences for validation problems and route statuses (the services return codes + params)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.approval.validation import Problem

CTX = "ApprovalMessages"


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def field_label(field: str) -> str:
    labels = {
        "subject": _t("件名"), "drafter.name": _t("起案者"), "drafter.section": _t("起案者所属"),
        "drafted_on": _t("起案日"), "doc_number": _t("文書記号番号"), "classification": _t("文書分類"),
        "retention": _t("保存年限"), "decision_type": _t("決裁区分"), "body": _t("伺い文"),
        "enforcement": _t("施行方法"), "disclosure": _t("公開区分"), "attachments": _t("添付文書"),
        "route": _t("決裁経路"),
    }
    base = field.split("[")[0]
    label = labels.get(field) or labels.get(base, field)
    if "[" in field:
        label += f" {int(field.split('[')[1].rstrip(']')) + 1}"
    return label


def problem_text(problem: Problem) -> str:
    p = dict(problem.params)
    p["label"] = field_label(problem.field)
    texts = {
        "required": _t("{label}を入力してください。"),
        "bad_date": _t("起案日が日付として正しくありません。"),
        "future_date": _t("起案日が未来の日付です（{date}）。"),
        "unknown_retention": _t("保存年限が選択肢にありません。"),
        "unknown_decision_type": _t("決裁区分が選択肢にありません。"),
        "unknown_enforcement": _t("施行方法が選択肢にありません。"),
        "unknown_disclosure": _t("公開区分が選択肢にありません。"),
        "unknown_classification": _t("文書分類が登録されていません。"),
        "retention_not_allowed": _t("この文書分類では、この保存年限は選べません（選べる年限: {allowed}）。"),
        "attachment_missing": _t("添付文書「{name}」が見つかりません。"),
        "attachment_changed": _t("添付文書「{name}」が添付後に変更されています。添付し直してください。"),
        "route_empty": _t("決裁経路が設定されていません。"),
        "bad_step_kind": _t("経路 {step} の種別が正しくありません。"),
        "bad_level": _t("経路 {step} の職位が正しくありません。"),
        "consult_empty": _t("経路 {step} の合議先がありません。"),
        "bad_quorum": _t("経路 {step} の必要承認数が合議先の数と合いません。"),
        "consult_decider": _t("経路 {step}: 合議は決定権者になれません。"),
        "step_incomplete": _t("経路 {step} の職名または氏名を入力してください。"),
        "delegate_not_final": _t("経路 {step}: 代決者は最終段階にのみ指定できます。"),
        "no_decider": _t("決定権者が指定されていません。"),
        "two_deciders": _t("決定権者が複数指定されています（経路 {steps}）。一人にしてください。"),
        "decider_not_last": _t("決定権者（経路 {step}）は最終段階にしてください。"),
        "decider_level_mismatch": _t("決裁区分には{want}の決定権者が必要ですが、経路 {step} は{have}です。"),
    }
    text = texts.get(problem.code)
    if text is None:
        return problem.message
    try:
        return text.format(**p)
    except (KeyError, IndexError):
        return text


def status_text(status: str) -> str:
    return {
        "draft": _t("未提出"), "in_progress": _t("回付中"), "returned": _t("差戻し（起案者）"),
        "withdrawn": _t("取下げ"), "decided": _t("決裁済"),
    }.get(status, status)


def action_text(action: str) -> str:
    return {
        "submit": _t("提出"), "resubmit": _t("再提出"), "approve": _t("承認"), "consult_approve": _t("合議承認"),
        "decide": _t("決裁"), "delegate_decide": _t("代決"), "pass_for_post_review": _t("後閲扱い"),
        "post_review": _t("後閲済"), "send_back": _t("差戻し"), "withdraw": _t("取下げ"),
    }.get(action, action)
