stub: upstream file of 7025 bytes
