stub: upstream file of 14970 bytes
