stub: upstream file of 24423 bytes
