stub: upstream file of 15428 bytes
