stub: upstream file of 50733 bytes
