"""Contract testing of spec/openapi.yaml: the embedded mock Identity server and the Schemathesis gate."""
