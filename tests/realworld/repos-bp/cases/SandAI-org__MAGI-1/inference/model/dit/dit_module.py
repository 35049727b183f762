stub: upstream file of 59339 bytes
