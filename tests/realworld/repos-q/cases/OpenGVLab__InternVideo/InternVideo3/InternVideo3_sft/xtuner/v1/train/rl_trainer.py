stub: upstream file of 50565 bytes
