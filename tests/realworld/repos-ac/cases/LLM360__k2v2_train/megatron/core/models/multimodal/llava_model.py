stub: upstream file of 45475 bytes
