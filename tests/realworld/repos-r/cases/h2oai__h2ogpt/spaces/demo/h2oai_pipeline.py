stub: upstream symlink to ../../src/h2oai_pipeline.py
