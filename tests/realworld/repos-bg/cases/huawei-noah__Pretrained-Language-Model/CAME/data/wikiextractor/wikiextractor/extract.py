stub: upstream file of 64030 bytes
