stub: upstream file of 26025 bytes
