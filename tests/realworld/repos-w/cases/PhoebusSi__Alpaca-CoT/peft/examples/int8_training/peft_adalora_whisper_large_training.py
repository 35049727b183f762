stub: upstream file of 30956 bytes
