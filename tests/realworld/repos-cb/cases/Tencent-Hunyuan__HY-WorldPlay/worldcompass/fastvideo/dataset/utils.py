stub: upstream file of 8848 bytes
