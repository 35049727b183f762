stub: upstream file of 501 bytes
