stub: upstream file of 14351 bytes
