stub: upstream file of 10801 bytes
