stub: upstream file of 36047 bytes
