stub: upstream file of 36331 bytes
