stub: upstream file of 16126 bytes
