stub: upstream file of 12934 bytes
