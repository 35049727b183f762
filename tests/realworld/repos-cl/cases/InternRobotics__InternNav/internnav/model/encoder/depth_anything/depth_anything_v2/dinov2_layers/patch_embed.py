stub: upstream file of 2832 bytes
