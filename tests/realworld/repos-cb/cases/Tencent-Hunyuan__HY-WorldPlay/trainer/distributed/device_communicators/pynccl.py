stub: upstream file of 9337 bytes
