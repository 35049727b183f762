stub: upstream file of 10973 bytes
