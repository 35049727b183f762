stub: upstream file of 95453 bytes
