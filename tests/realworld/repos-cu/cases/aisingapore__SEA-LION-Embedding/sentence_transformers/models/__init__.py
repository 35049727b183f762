stub: upstream file of 1025 bytes
