"""The 政府信息公开工作年度报告 template's row and column keys with their printed labels (the national form, 2021
and 2019 editions), shared by the scripts that write disclosure test data."""
APP_COLS = ["natural", "commercial", "research", "social", "legal", "other_org", "total"]
REFUSED = [("refused_secret", "1.属于国家秘密"), ("refused_law", "2.其他法律行政法规禁止公开"),
           ("refused_safety", "3.危及“三安全一稳定”"), ("refused_third_party", "4.保护第三方合法权益"),
           ("refused_internal", "5.属于三类内部事务信息"), ("refused_process", "6.属于四类过程性信息"),
           ("refused_case_file", "7.属于行政执法案卷"), ("refused_query", "8.属于行政查询事项")]
UNAVAIL = [("unavailable_not_held", "1.本机关不掌握相关政府信息"), ("unavailable_needs_making", "2.没有现成信息需要另行制作"),
           ("unavailable_unclear", "3.补正后申请内容仍不明确")]
UNPROC = [("unprocessed_petition", "1.信访举报投诉类申请"), ("unprocessed_repeat", "2.重复申请"),
          ("unprocessed_publication", "3.要求提供公开出版物"), ("unprocessed_mass", "4.无正当理由大量反复申请"),
          ("unprocessed_confirm", "5.要求行政机关确认或重新出具已获取信息")]
OTHER21 = [("other_no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
           ("other_no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
           ("other_other", "3.其他")]
REVIEW_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
RESULTS = ["upheld", "corrected", "other", "pending", "total"]
