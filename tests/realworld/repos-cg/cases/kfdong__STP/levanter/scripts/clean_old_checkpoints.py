stub: upstream file of 3030 bytes
