stub: upstream file of 15200 bytes
