stub: upstream file of 4492 bytes
