stub: upstream file of 6577 bytes
