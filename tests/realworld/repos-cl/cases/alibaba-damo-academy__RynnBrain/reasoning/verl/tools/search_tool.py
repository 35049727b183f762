stub: upstream file of 10983 bytes
