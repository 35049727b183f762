stub: upstream file of 18574 bytes
