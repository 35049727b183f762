stub: upstream file of 35929 bytes
