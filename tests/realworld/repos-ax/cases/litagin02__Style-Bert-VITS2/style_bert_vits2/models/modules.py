stub: upstream file of 20636 bytes
