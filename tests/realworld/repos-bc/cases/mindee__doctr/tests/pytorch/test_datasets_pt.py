stub: upstream file of 35069 bytes
