stub: upstream file of 7531 bytes
