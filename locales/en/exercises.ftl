## Find-the-nonconformity exercises, comparison with a model answer and the class view

exercise-change-findings = Exercise findings changed
exercise-catalog-no-key = The exercise “{ $id }” names no answer key, or one that is not a .json file inside the examples folder.
exercise-catalog-unknown-model = The exercise “{ $id }” is made from a model answer the list of examples does not have.
