## 找不符合项练习、与参考答案对比及班级视图

exercise-change-findings = 练习发现已更改
exercise-catalog-no-key = 练习“{ $id }”没有指定答案要点，或指定的不是示例文件夹中的 .json 文件。
exercise-catalog-unknown-model = 练习“{ $id }”所依据的参考答案不在示例列表中。
