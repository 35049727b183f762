stub: upstream file of 8235 bytes
