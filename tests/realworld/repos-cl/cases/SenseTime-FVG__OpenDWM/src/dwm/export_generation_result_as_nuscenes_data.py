stub: upstream file of 5535 bytes
