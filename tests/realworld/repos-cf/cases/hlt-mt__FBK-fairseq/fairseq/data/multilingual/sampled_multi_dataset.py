stub: upstream file of 18565 bytes
