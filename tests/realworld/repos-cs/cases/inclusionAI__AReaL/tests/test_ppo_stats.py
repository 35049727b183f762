stub: upstream file of 4439 bytes
