stub: upstream file of 7948 bytes
