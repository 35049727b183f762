stub: upstream file of 57316 bytes
