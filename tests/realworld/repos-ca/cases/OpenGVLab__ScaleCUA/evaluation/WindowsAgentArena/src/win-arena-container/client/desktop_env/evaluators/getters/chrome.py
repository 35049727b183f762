stub: upstream file of 66138 bytes
