stub: upstream file of 13025 bytes
