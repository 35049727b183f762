stub: upstream file of 21025 bytes
