stub: upstream file of 19233 bytes
