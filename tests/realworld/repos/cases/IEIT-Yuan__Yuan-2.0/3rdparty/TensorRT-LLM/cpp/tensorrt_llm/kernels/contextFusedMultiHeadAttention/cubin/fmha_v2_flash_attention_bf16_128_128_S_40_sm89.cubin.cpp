stub: upstream file of 1010360 bytes
