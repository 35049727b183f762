stub: upstream file of 55298 bytes
