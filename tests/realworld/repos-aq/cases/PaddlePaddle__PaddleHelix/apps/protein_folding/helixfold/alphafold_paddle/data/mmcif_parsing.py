stub: upstream file of 14192 bytes
