stub: upstream file of 23544 bytes
