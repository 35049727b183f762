stub: upstream file of 15371 bytes
