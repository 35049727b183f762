stub: upstream file of 18025 bytes
