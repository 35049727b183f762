stub: upstream file of 19017 bytes
