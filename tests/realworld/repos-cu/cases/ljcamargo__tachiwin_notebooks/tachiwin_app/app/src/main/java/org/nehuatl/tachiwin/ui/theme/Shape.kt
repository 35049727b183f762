stub: upstream file of 311 bytes
