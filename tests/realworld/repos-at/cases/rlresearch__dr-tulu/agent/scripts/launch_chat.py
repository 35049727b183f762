stub: upstream file of 19134 bytes
