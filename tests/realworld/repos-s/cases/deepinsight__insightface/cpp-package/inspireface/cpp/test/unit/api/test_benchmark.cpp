stub: upstream file of 24495 bytes
