stub: upstream file of 2410 bytes
