stub: upstream file of 24479 bytes
