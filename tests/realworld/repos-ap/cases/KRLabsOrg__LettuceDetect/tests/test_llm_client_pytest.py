stub: upstream file of 28580 bytes
