stub: upstream file of 3590 bytes
