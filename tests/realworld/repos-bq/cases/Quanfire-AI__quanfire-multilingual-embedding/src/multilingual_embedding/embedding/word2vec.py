stub: upstream file of 20559 bytes
