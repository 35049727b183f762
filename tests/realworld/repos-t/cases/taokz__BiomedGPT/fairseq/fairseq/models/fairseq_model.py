stub: upstream file of 20439 bytes
