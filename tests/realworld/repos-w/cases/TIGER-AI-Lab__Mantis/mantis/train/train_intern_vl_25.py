stub: upstream file of 21907 bytes
