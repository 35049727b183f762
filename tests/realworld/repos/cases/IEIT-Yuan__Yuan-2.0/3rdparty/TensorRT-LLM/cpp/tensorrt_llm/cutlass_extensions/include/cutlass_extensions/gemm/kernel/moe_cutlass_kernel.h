stub: upstream file of 20250 bytes
