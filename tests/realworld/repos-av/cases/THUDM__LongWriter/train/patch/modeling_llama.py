stub: upstream file of 79030 bytes
