stub: upstream file of 32025 bytes
