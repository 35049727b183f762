stub: upstream file of 8311 bytes
