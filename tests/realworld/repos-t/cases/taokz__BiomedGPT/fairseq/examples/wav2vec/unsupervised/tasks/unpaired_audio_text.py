stub: upstream file of 15435 bytes
