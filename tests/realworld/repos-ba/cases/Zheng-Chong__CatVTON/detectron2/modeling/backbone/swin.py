stub: upstream file of 25202 bytes
