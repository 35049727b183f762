stub: upstream file of 14973 bytes
