stub: upstream file of 20906 bytes
