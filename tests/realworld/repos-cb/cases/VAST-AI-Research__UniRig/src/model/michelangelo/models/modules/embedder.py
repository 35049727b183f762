stub: upstream file of 8293 bytes
