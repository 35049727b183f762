stub: upstream file of 14519 bytes
