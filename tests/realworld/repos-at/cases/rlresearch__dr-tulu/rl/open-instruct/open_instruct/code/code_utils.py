stub: upstream file of 10202 bytes
