stub: upstream file of 23319 bytes
