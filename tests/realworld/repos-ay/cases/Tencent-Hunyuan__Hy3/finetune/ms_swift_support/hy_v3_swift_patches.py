stub: upstream file of 12737 bytes
