stub: upstream file of 475 bytes
