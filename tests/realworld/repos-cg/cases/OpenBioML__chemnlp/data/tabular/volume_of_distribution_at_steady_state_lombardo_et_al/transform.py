stub: upstream file of 5455 bytes
