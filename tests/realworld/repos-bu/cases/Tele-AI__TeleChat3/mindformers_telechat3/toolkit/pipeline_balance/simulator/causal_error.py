stub: upstream file of 1926 bytes
