stub: upstream file of 297 bytes
