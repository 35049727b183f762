stub: upstream file of 8403 bytes
