stub: upstream file of 24320 bytes
