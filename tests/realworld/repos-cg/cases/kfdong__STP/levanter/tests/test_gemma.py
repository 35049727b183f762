stub: upstream file of 11699 bytes
