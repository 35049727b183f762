stub: upstream file of 6025 bytes
