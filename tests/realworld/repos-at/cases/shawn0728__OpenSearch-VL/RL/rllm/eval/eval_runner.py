stub: upstream file of 14105 bytes
