stub: upstream file of 13573 bytes
