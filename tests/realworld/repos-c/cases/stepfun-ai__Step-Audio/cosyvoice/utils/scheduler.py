stub: upstream file of 24396 bytes
