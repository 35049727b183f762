stub: upstream file of 36237 bytes
