stub: upstream file of 49168 bytes
