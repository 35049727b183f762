stub: upstream file of 13388 bytes
