stub: upstream file of 34319 bytes
