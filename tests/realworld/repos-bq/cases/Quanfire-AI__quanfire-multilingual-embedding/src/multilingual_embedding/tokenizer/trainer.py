stub: upstream file of 18607 bytes
