"""Translated sentences for validation problems and route statuses (the services return codes + params)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.approval.validation import Problem


def field_label(field: str) -> str:
    labels = {
        "subject": QCoreApplication.translate(
            "ApprovalMessages", "件名"),
        "drafter.name": QCoreApplication.translate(
            "ApprovalMessages", "起案者"),
        "drafter.section": QCoreApplication.translate(
            "ApprovalMessages", "起案者所属"),
        "drafted_on": QCoreApplication.translate(
            "ApprovalMessages", "起案日"),
        "doc_number": QCoreApplication.translate(
            "ApprovalMessages", "文書記号番号"),
        "classification": QCoreApplication.translate(
            "ApprovalMessages", "文書分類"),
        "retention": QCoreApplication.translate(
            "ApprovalMessages", "保存年限"),
        "decision_type": QCoreApplication.translate(
            "ApprovalMessages", "決裁区分"),
        "body": QCoreApplication.translate(
            "ApprovalMessages", "伺い文"),
        "enforcement": QCoreApplication.translate(
            "ApprovalMessages", "施行方法"),
        "disclosure": QCoreApplication.translate(
            "ApprovalMessages", "公開区分"),
        "attachments": QCoreApplication.translate(
            "ApprovalMessages", "添付文書"),
        "route": QCoreApplication.translate(
            "ApprovalMessages", "決裁経路"),
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
        "required": QCoreApplication.translate(
            "ApprovalMessages", "{label}を入力してください。"),
        "bad_date": QCoreApplication.translate(
            "ApprovalMessages", "起案日が日付として正しくありません。"),
        "future_date": QCoreApplication.translate(
            "ApprovalMessages", "起案日が未来の日付です（{date}）。"),
        "unknown_retention": QCoreApplication.translate(
            "ApprovalMessages", "保存年限が選択肢にありません。"),
        "unknown_decision_type": QCoreApplication.translate(
            "ApprovalMessages", "決裁区分が選択肢にありません。"),
        "unknown_enforcement": QCoreApplication.translate(
            "ApprovalMessages", "施行方法が選択肢にありません。"),
        "unknown_disclosure": QCoreApplication.translate(
            "ApprovalMessages", "公開区分が選択肢にありません。"),
        "unknown_classification": QCoreApplication.translate(
            "ApprovalMessages", "文書分類が登録されていません。"),
        "retention_not_allowed": QCoreApplication.translate(
            "ApprovalMessages", "この文書分類では、この保存年限は選べません（選べる年限: {allowed}）。"),
        "attachment_missing": QCoreApplication.translate(
            "ApprovalMessages", "添付文書「{name}」が見つかりません。"),
        "attachment_changed": QCoreApplication.translate(
            "ApprovalMessages", "添付文書「{name}」が添付後に変更されています。添付し直してください。"),
        "route_empty": QCoreApplication.translate(
            "ApprovalMessages", "決裁経路が設定されていません。"),
        "bad_step_kind": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step} の種別が正しくありません。"),
        "bad_level": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step} の役職が正しくありません。"),
        "consult_empty": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step} の合議先がありません。"),
        "bad_quorum": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step}: 必要な同意の人数が合議先の数を超えています。"),
        "consult_decider": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step}: 合議は決定権者になれません。"),
        "step_no_person": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step} を決裁する人の職員IDを入力してください。"),
        "consult_no_person": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step}: 合議先ごとに職員IDを入力してください。"),
        "delegate_no_person": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step}: 代決者の職員IDを入力してください。"),
        "drafter_not_signed_in": QCoreApplication.translate(
            "ApprovalMessages", "起案者はサインインした職員です。同期ページで職員IDでサインインしてください。"),
        "placeholder": QCoreApplication.translate(
            "ApprovalMessages", "{label}にひな形の仮の文字「{text}」が残っています。書き換えてください。"),
        "item_empty": QCoreApplication.translate(
            "ApprovalMessages", "伺い文の「{item}」が記入されていません。"),
        "delegate_not_final": QCoreApplication.translate(
            "ApprovalMessages", "経路 {step}: 代決者は最終段階にのみ指定できます。"),
        "no_decider": QCoreApplication.translate(
            "ApprovalMessages", "決定権者が指定されていません。"),
        "two_deciders": QCoreApplication.translate(
            "ApprovalMessages", "決定権者が複数指定されています（経路 {steps}）。一人にしてください。"),
        "decider_not_last": QCoreApplication.translate(
            "ApprovalMessages", "決定権者（経路 {step}）は最終段階にしてください。"),
        "decider_level_mismatch": QCoreApplication.translate(
            "ApprovalMessages", "決裁区分には{want}の決定権者が必要ですが、経路 {step} は{have}です。"),
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
        "draft": QCoreApplication.translate(
            "ApprovalMessages", "未提出"), "in_progress": QCoreApplication.translate(
            "ApprovalMessages", "回付中"), "returned": QCoreApplication.translate(
            "ApprovalMessages", "差戻し（起案者）"),
        "withdrawn": QCoreApplication.translate(
            "ApprovalMessages", "取下げ"), "decided": QCoreApplication.translate(
            "ApprovalMessages", "決裁済"),
    }.get(status, status)


def action_text(action: str) -> str:
    return {
        "submit": QCoreApplication.translate(
            "ApprovalMessages", "提出"), "resubmit": QCoreApplication.translate(
            "ApprovalMessages", "再提出"), "approve": QCoreApplication.translate(
            "ApprovalMessages", "承認"), "consult_approve": QCoreApplication.translate(
            "ApprovalMessages", "合議承認"),
        "decide": QCoreApplication.translate(
            "ApprovalMessages", "決裁"), "delegate_decide": QCoreApplication.translate(
            "ApprovalMessages", "代決"), "pass_for_post_review": QCoreApplication.translate(
            "ApprovalMessages", "後閲扱い"),
        "post_review": QCoreApplication.translate(
            "ApprovalMessages", "後閲済"), "send_back": QCoreApplication.translate(
            "ApprovalMessages", "差戻し"), "withdraw": QCoreApplication.translate(
            "ApprovalMessages", "取下げ"),
    }.get(action, action)
