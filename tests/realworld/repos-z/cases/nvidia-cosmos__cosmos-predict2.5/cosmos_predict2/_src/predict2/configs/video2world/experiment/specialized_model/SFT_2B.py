stub: upstream file of 32026 bytes
