stub: upstream file of 58907 bytes
