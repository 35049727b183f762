stub: upstream file of 12428 bytes
