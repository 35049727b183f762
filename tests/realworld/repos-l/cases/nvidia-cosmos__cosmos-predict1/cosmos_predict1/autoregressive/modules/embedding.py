stub: upstream file of 28391 bytes
