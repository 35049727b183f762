stub: upstream file of 6241 bytes
