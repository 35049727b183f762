stub: upstream file of 15481 bytes
