stub: upstream file of 3380 bytes
