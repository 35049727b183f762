stub: upstream file of 7990 bytes
