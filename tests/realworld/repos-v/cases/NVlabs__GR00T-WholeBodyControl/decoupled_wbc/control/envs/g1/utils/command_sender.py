stub: upstream file of 5907 bytes
