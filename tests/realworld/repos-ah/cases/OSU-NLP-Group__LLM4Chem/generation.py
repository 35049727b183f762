stub: upstream file of 8261 bytes
