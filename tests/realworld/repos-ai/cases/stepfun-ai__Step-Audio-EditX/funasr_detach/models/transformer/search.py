stub: upstream file of 17345 bytes
