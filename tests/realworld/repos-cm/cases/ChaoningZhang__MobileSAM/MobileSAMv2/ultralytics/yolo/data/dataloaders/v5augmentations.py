stub: upstream file of 17646 bytes
