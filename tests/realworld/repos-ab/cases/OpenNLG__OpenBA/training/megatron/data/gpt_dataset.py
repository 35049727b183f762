stub: upstream file of 22334 bytes
