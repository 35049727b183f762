stub: upstream file of 30414 bytes
