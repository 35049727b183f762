stub: upstream file of 8319 bytes
