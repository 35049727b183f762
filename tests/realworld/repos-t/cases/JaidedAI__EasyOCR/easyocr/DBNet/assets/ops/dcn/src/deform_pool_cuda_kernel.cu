stub: upstream file of 16025 bytes
