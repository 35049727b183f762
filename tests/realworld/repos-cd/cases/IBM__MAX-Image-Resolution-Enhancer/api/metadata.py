stub: upstream file of 907 bytes
