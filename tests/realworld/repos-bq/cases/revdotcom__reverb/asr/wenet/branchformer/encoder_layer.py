stub: upstream file of 10013 bytes
