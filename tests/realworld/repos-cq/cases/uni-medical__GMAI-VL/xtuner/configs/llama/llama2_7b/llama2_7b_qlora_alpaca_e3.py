stub: upstream file of 7320 bytes
