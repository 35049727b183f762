stub: upstream file of 36010 bytes
