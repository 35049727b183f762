stub: upstream file of 8907 bytes
