stub: upstream file of 9120 bytes
