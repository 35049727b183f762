stub: upstream file of 56596 bytes
