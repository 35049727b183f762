stub: upstream file of 17594 bytes
