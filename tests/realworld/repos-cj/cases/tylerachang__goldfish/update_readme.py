stub: upstream file of 16018 bytes
