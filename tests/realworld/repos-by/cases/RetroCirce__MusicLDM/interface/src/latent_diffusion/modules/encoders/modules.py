stub: upstream file of 8025 bytes
