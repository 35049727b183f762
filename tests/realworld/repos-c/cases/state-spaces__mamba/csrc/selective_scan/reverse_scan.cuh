stub: upstream file of 20552 bytes
