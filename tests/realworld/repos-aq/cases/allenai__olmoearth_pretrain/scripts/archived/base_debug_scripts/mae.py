stub: upstream file of 12025 bytes
