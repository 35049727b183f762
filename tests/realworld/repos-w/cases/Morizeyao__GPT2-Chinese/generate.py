stub: upstream file of 10544 bytes
