stub: upstream file of 10139 bytes
