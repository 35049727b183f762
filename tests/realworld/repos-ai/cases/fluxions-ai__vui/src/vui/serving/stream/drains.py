stub: upstream file of 34025 bytes
